/**
 * Plans repeat themselves: the same indicator (`Брой участници`), deadline (`постоянен`) and
 * bodies (`детски градини, училища`) stand in row after row. A parse keyed by the cell's text
 * reads each distinct text once per table.
 */
export function memoize<T>(parse: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = parse(text);
      seen.set(text, value);
    }
    return value as T;
  };
}
