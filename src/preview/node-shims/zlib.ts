import { Inflate } from "pako";

/**
 * The browser page's `zlib`: the two calls the .xlsx reader makes (src/xlsx/zip-guard.ts), a raw
 * inflate read chunk by chunk and a small part's raw inflate in one call, over pako. The page's build puts it where `zlib` is imported, so
 * the command line keeps Node's own zlib and the reader's code stays the same.
 *
 * The compressed bytes go in in small slices, and what each slice unpacks is handed on before the
 * next goes in: the reader stops a part that unpacks past its stated size after one slice's
 * output, as it does with Node's stream, instead of after the whole part.
 */

/** Compressed bytes fed per step: at deflate's best ratio (about 1:1032) this unpacks to 16 MB at most. */
const SLICE = 16 * 1024;

export interface InflateRaw extends AsyncIterable<Buffer> {
  end(data: Uint8Array): void;
  destroy(): void;
}

export function createInflateRaw(options: { chunkSize?: number } = {}): InflateRaw {
  let input: Uint8Array = new Uint8Array(0);
  let destroyed = false;
  return {
    end(data) {
      input = data;
    },
    destroy() {
      destroyed = true;
    },
    async *[Symbol.asyncIterator]() {
      const inflater = new Inflate({ raw: true, chunkSize: options.chunkSize ?? 64 * 1024 });
      const out: Uint8Array[] = [];
      inflater.onData = (chunk: Uint8Array) => out.push(chunk);
      for (let i = 0; i < input.length && !destroyed; i += SLICE) {
        inflater.push(input.subarray(i, i + SLICE), i + SLICE >= input.length);
        if (inflater.err) throw new Error(inflater.msg || "invalid deflate data");
        while (out.length > 0) yield Buffer.from(out.shift()!);
      }
      if (!destroyed && !inflater.ended) throw new Error("unexpected end of deflate data");
    },
  };
}

/** Node's error for an inflate that would pass `maxOutputLength`, by the code the reader looks for. */
function tooLarge(max: number): Error & { code: string } {
  return Object.assign(new RangeError(`Cannot create a Buffer larger than ${max} bytes`), { code: "ERR_BUFFER_TOO_LARGE" });
}

/**
 * A raw inflate in one call, as Node's `inflateRawSync`: stopped, with Node's ERR_BUFFER_TOO_LARGE,
 * once the output would pass `maxOutputLength` (a part that unpacks past its stated size), checked
 * after each slice of input as the streaming inflate is. pako ends a cut-short stream without an
 * error; its output is then shorter than the part's stated size, which the reader refuses.
 */
export function inflateRawSync(data: Uint8Array, options: { maxOutputLength?: number } = {}): Buffer {
  const max = options.maxOutputLength ?? Infinity;
  const inflater = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  const out: Uint8Array[] = [];
  let size = 0;
  inflater.onData = (chunk: Uint8Array) => {
    size += chunk.length;
    out.push(chunk);
  };
  for (let i = 0; i < data.length; i += SLICE) {
    inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    if (inflater.err) throw new Error(inflater.msg || "invalid deflate data");
    if (size > max) throw tooLarge(max);
  }
  if (data.length === 0) inflater.push(data, true);
  if (!inflater.ended) throw new Error("unexpected end of deflate data");
  return Buffer.concat(out.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)), size);
}
