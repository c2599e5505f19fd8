/**
 * Calling a custom function the way Excel does, outside Excel: a result is either the value the
 * cell shows or the code of the error thrown (`#N/A`, `#VALUE!`).
 */
export function cellShows<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): R | string {
  try {
    return fn(...args);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") throw e;
    return code;
  }
}

/** The same for a function Excel awaits: the value the cell shows once the promise settles. */
export async function cellShowsAsync<A extends unknown[], R>(fn: (...args: A) => Promise<R>, ...args: A): Promise<R | string> {
  try {
    return await fn(...args);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") throw e;
    return code;
  }
}

/** An error cell as it reaches a custom function when the metadata accepts errors. */
export const errorCell = (code: string) => ({ code });

/** A rich error value, the shape used when rich data is accepted too. */
export const richError = (code: string) => ({ type: "Error", basicType: "Error", basicValue: code, errorType: "NotAvailable" });

/** A column of cells as the 2-D array Excel passes for a range. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
