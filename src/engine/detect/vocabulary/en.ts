import type { Vocabulary } from "./types";

/** English header vocabulary (action plans, roadmaps, balanced scorecards). */
export const en: Vocabulary = {
  roles: {
    number: ["no", "nr", "#", "number", "ref", "s no", "id", "s n", "sl no", "item no", "action no", "action number", "task no", "ref no"],
    perspective: ["priority area*", "key priority area*", "perspective", "perspectives", "dimension", "area", "focus area", "portfolio"],
    objective: ["objective", "objectives", "strategic objective", "strategic objectives", "goal", "goals", "aim", "aims"],
    activity: ["priority action*", "activity", "activities", "task", "tasks", "action", "actions", "measure", "measures", "description", "event*", "item", "items", "activity description", "what", "action point*", "name", "title", "meeting*", "stage", "milestone*", "assessment*", "occasion"],
    method: ["implementation", "format", "delivery method", "method", "methods", "approach", "means of implementation", "how", "implementation method", "mode of delivery"],
    deadline: ["complete by", "completed by", "to be completed by", "completion by", "implementation timescale*", "implementation timeline", "implementation deadline", "quarter", "week beginning", "week commencing", "start date", "finish date", "end date", "completion date", "scheduled start", "scheduled finish", "revised start", "revised finish", "planned start", "planned finish", "implementation date", "implementation period", "deadline*", "due", "due date", "timeline", "timeframe", "time frame", "date", "dates", "when", "period", "schedule", "by when", "month", "term", "by", "timing", "time", "key dates", "testing date*", "year to action", "target date", "target dates", "target completion date", "timescale*", "time scale", "time scales", "review date"],
    responsible: ["implementation lead", "resource names", "resource name", "assigned to", "assignee", "responsible", "responsibility", "responsible body", "responsible person", "owner", "owners", "accountable", "lead", "executor*", "who", "lead person", "person responsible", "responsible officer", "led by", "staff responsible", "who lead", "coordinator*", "by who", "by whom"],
    partners: ["supported by", "partner*", "co implementers", "in cooperation with", "supporting bodies", "stakeholders", "involved"],
    financing: ["funding", "financing", "source of funding", "sources of funding", "funding source", "funding sources", "funded by", "budget source", "budget sources", "source of funds", "fund source"],
    budget: ["budget*", "cost*", "amount", "estimated cost", "resources", "expenditure*", "planned expenditure*"],
    indicator: ["success measure*", "indicator*", "kpi", "kpis", "key performance indicator*", "performance indicator*", "metric*", "measure of success", "performance measure*", "success criteria", "success criterion", "how will we know", "how will we measure success"],
    unit: ["unit", "units", "unit of measure", "unit of measurement", "uom"],
    baseline: ["base year", "baseline year", "baseline*", "base value", "starting value", "starting point"],
    target: ["forecast value", "projected value", "planned target", "target*", "target value", "planned value", "goal value", "expected value"],
    actual: ["implementation status", "implementation progress", "complete", "percent complete", "per cent complete", "actual*", "achieved", "actual value", "value", "achievement", "progress", "status", "action status", "progress status", "closed"],
    weight: ["weight*", "weighting"],
    monitoring: ["rag", "rag status", "monitoring", "verification", "means of verification", "source of verification", "source of information", "source of data", "data source", "reporting", "evaluation", "how monitored", "evidence", "evidence of impact", "review", "red amber green rating", "rag rating", "traffic light*"],
    result: ["impact", "intended impact", "expected impact", "result", "results", "expected result", "expected results", "outcome*", "output*", "deliverable*", "effect"],
    initiative: ["initiative*"],
    notes: ["notes", "note", "remarks", "remark", "comment*", "legal basis"],
    green: ["green", "green at", "green from", "green threshold", "green line"],
    red: ["red", "red under", "red below", "red threshold", "red line", "threshold", "minimum", "minimum value", "minimum acceptable", "minimum acceptable value", "target minimum"],
  },
  scorecard: {
    target: ["tasks"],
  },
  sections: ["goal", "objective", "strategic objective", "priority", "section", "part", "area", "chapter", "stage", "module"],
};
