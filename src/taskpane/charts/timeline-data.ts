import { timelineData as engineTimeline, type Timeline, type TimelineColour } from "../../engine/report/timeline";
import type { CheckCharts } from "./check-charts";

/**
 * The pane's timeline is the engine's (engine/report/timeline): the same model the Timeline sheet
 * is written from, so the picture and the sheet never disagree. This module only hands it the
 * check's figures.
 */
export {
  BODY_COLOURS,
  monthsOf,
  OTHER_BODIES,
  TIMELINE_STATUSES,
  type Timeline,
  type TimelineColour,
  type TimelineItem,
  type TimelineShape,
  type TimelineStatus,
} from "../../engine/report/timeline";

export function timelineData(charts: CheckCharts, colour: TimelineColour): Timeline {
  return engineTimeline(charts, colour);
}
