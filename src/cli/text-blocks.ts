import { OutBlocks, type BlockTarget } from "./out-blocks";

/**
 * Lines of a text report handed on a block at a time: a report of 100,000 findings in a few
 * hundred writes instead of one write a line. The bytes are those of writing each line with a
 * line break added where it has none, as the command line's `io.out` does.
 */
export class TextBlocks {
  private readonly out: OutBlocks;

  constructor(target: BlockTarget) {
    this.out = new OutBlocks(target);
  }

  line(text: string): void {
    // One piece a line: the line and its break are encoded in one step.
    this.out.text(text.charCodeAt(text.length - 1) === 10 ? text : text + "\n");
    if (this.out.full) this.out.flush();
  }

  /** Hands on what is gathered (ending in a line break, so the writer adds none). */
  flush(): void {
    this.out.flush();
  }
}
