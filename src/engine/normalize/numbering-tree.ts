import type { Numbering, NumberingStyle } from "../numbering";

/**
 * Depth of each numbered row in the plan's numbering tree. Plans nest one kind of numbering in
 * another (`I.` > `1.` > `1.1.` > `а)`); the kinds are stacked in the order the plan opens them,
 * and a decimal number adds one level per part. A section row starts a new tree, as numbering
 * restarts under each strategic goal.
 */
export class NumberingTree {
  /** Open kinds of numbering, outermost first, with the level of the last row of each. */
  private open: { style: NumberingStyle; level: number }[] = [];

  /** Level of the next row: 1 for `5.`, 2 for `5.1.`; 1 for a row without a number. */
  levelOf(numbering: Numbering | null): number {
    if (!numbering) return 1;
    let depth = this.open.findIndex((o) => o.style === numbering.style);
    if (depth < 0) {
      depth = this.open.length;
      this.open.push({ style: numbering.style, level: 0 });
    } else {
      this.open.length = depth + 1;
    }
    const parent = depth > 0 ? this.open[depth - 1].level : 0;
    const level = parent + (numbering.style === "decimal" ? numbering.path.length : 1);
    this.open[depth].level = level;
    return level;
  }

  /** A new section: numbering starts afresh. */
  restart(): void {
    this.open = [];
  }
}
