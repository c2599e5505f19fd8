import { attribute, nextTag } from "../xlsx/xml-scan";

/**
 * Word's automatic list numbers. A plan's "№" column is often a numbered list, whose numbers are
 * not in the text at all but in word/numbering.xml: without them every task would read as
 * unnumbered. Supports the formats plans use (decimal, letters, Roman, bullets) and multi-level
 * labels such as "%1.%2."; a level's counter restarts when a higher level advances.
 */

interface Level {
  format: string;
  text: string;
  start: number;
}

export class ListNumbering {
  /** Levels by abstract numbering id. */
  private readonly abstract = new Map<string, Map<number, Level>>();
  /** numId -> abstractNumId */
  private readonly nums = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();
  private numId: string | null = null;
  private ilvl = 0;

  constructor(xml: string | null) {
    if (xml) this.read(xml);
  }

  /** A paragraph begins: no list until its properties say so. Returns the paragraph's text so far. */
  start(): string {
    this.numId = null;
    this.ilvl = 0;
    return "";
  }

  property(name: "ilvl" | "numId" | string, value: string | null): void {
    if (name === "numId") this.numId = value;
    else if (name === "ilvl") this.ilvl = Math.min(8, Math.max(0, Number(value) || 0));
  }

  /** The label of the paragraph whose numbering properties were just read, with a space after; "" for none. */
  label(): string {
    if (this.numId === null || this.numId === "0") return "";
    const abstractId = this.nums.get(this.numId);
    const levels = abstractId === undefined ? undefined : this.abstract.get(abstractId);
    const level = levels?.get(this.ilvl);
    if (!levels || !level) return "";
    let counts = this.counters.get(abstractId!);
    if (!counts) this.counters.set(abstractId!, (counts = []));
    counts[this.ilvl] = counts[this.ilvl] === undefined ? level.start : counts[this.ilvl] + 1;
    counts.length = this.ilvl + 1;
    if (level.format === "none") return "";
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = levels.get(k);
      const n = counts![k] ?? l?.start ?? 1;
      return formatNumber(n, level.format === "bullet" ? "decimal" : (l?.format ?? "decimal"));
    });
    return text === "" ? "" : `${text} `;
  }

  private read(xml: string): void {
    let p = 0;
    let abstractId: string | null = null;
    let numId: string | null = null;
    let level: (Level & { ilvl: number }) | null = null;
    for (;;) {
      const tag = nextTag(xml, p);
      if (!tag) return;
      p = tag.end;
      const val = () => attribute(xml, tag, "w:val");
      if (tag.name === "abstractNum") {
        abstractId = tag.closing ? null : attribute(xml, tag, "w:abstractNumId");
        if (abstractId !== null) this.abstract.set(abstractId, new Map());
      } else if (tag.name === "lvl" && abstractId !== null) {
        if (!tag.closing) level = { ilvl: Number(attribute(xml, tag, "w:ilvl") ?? 0), format: "decimal", text: "", start: 1 };
        else if (level) {
          this.abstract.get(abstractId)!.set(level.ilvl, level);
          level = null;
        }
      } else if (level && tag.name === "numFmt") level.format = val() ?? "decimal";
      else if (level && tag.name === "lvlText") level.text = val() ?? "";
      else if (level && tag.name === "start") level.start = Number(val() ?? 1) || 1;
      else if (tag.name === "num") numId = tag.closing ? null : attribute(xml, tag, "w:numId");
      else if (tag.name === "abstractNumId" && numId !== null) this.nums.set(numId, val() ?? "");
    }
  }
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n).toLowerCase();
    case "upperLetter":
      return letters(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    default:
      return String(n);
  }
}

function letters(n: number): string {
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}
