/**
 * Lines of a text report handed on a block at a time: a report of 100,000 findings in a few
 * hundred writes instead of one write a line. The bytes are those of writing each line with a
 * line break added where it has none, as the command line's `io.out` does.
 */

/** Characters gathered before a block is handed on. */
const BLOCK_CHARS = 1 << 16;

export class TextBlocks {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly write: (text: string) => void) {}

  line(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (text.charCodeAt(text.length - 1) !== 10) {
      this.parts.push("\n");
      this.size++;
    }
    if (this.size >= BLOCK_CHARS) this.flush();
  }

  /** Hands on what is gathered (ending in a line break, so the writer adds none). */
  flush(): void {
    if (this.size === 0) return;
    const block = this.parts.join("");
    this.parts = [];
    this.size = 0;
    this.write(block);
  }
}
