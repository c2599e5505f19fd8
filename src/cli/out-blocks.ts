import type { CliIO } from "./io";

/**
 * Output gathered into blocks before it is handed on: a report of 100,000 findings or a JSON of
 * 170 MB in a few thousand writes instead of one a line. Where the host takes bytes
 * (`CliIO.outBytes`), each piece is encoded as UTF-8 straight into the block: joining the pieces
 * into one string first, and encoding that, cost more than producing them. Otherwise the pieces
 * are joined and handed on as text, each block ending a line.
 *
 * Either way the bytes are those of the pieces joined and encoded at once: a character split
 * over two pieces (the two halves of a surrogate pair) is kept whole.
 */

/** Where the blocks go: a host's output, or a function that takes text (tests, and `io.out` alone). */
export type BlockTarget = ((text: string) => void) | Pick<CliIO, "out" | "outBytes">;

/** Characters of text gathered before a block is handed on. */
export const BLOCK_CHARS = 1 << 16;
/** Bytes of a block; a piece longer than a block's worst case (three bytes a character) is written alone. */
const BLOCK_BYTES = 1 << 18;

export class OutBlocks {
  private readonly writeText: ((text: string) => void) | null;
  private readonly writeBytes: ((bytes: Uint8Array) => void) | null;
  private parts: string[] = [];
  /** Characters gathered as text, or bytes in the block. */
  private size = 0;
  private block: Buffer | null = null;
  /** The first half of a surrogate pair that ended the last piece, held until the next shows whether it is whole. */
  private high = "";

  constructor(target: BlockTarget) {
    if (typeof target === "function") {
      this.writeText = target;
      this.writeBytes = null;
    } else if (target.outBytes) {
      this.writeText = null;
      this.writeBytes = (bytes) => target.outBytes!(bytes);
    } else {
      this.writeText = (text) => target.out(text);
      this.writeBytes = null;
    }
  }

  /** Adds a piece of output. */
  text(s: string): void {
    if (this.writeText) {
      this.parts.push(s);
      this.size += s.length;
      return;
    }
    if (this.high !== "") {
      s = this.high + s;
      this.high = "";
    }
    const last = s.charCodeAt(s.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.high = s.slice(-1);
      s = s.slice(0, -1);
    }
    this.encode(s);
  }

  /** Whether a block's worth is gathered: a caller at the end of a line hands it on then. */
  get full(): boolean {
    return this.size >= (this.writeText ? BLOCK_CHARS : BLOCK_BYTES / 2);
  }

  /**
   * Hands on what is gathered. A text block must end a line (a writer that adds a missing line
   * break adds none); bytes may end anywhere.
   */
  flush(): void {
    if (this.writeText) {
      if (this.size === 0) return;
      const text = this.parts.join("");
      this.parts = [];
      this.size = 0;
      this.writeText(text);
      return;
    }
    if (this.high !== "") {
      const lone = this.high;
      this.high = "";
      this.encode(lone);
    }
    this.handOn();
  }

  private encode(s: string): void {
    // Three bytes a character at most (a surrogate pair is two characters and four bytes).
    if (s.length * 3 > BLOCK_BYTES - this.size) {
      this.handOn();
      if (s.length * 3 > BLOCK_BYTES) {
        this.writeBytes!(Buffer.from(s, "utf8"));
        return;
      }
    }
    this.block ??= Buffer.allocUnsafe(BLOCK_BYTES);
    this.size += this.block.write(s, this.size, "utf8");
  }

  private handOn(): void {
    if (this.size === 0 || this.block === null) return;
    const used = this.block.subarray(0, this.size);
    // A writer may keep what it is given until it is written: a block is never filled again once
    // handed on. A small one (a file's report printed as soon as it is checked) is copied instead,
    // so a folder of small plans does not cost a block each.
    if (this.size < BLOCK_BYTES / 4) this.writeBytes!(Buffer.from(used));
    else {
      this.writeBytes!(used);
      this.block = null;
    }
    this.size = 0;
  }
}
