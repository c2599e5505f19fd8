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

/**
 * A table's derived facts, computed once per table: a PlanTable is a snapshot never changed once
 * read, so what is worked out from it is kept with it, for as long as the table lives.
 */
export function oncePerTable<K extends object, V>(read: (table: K) => V): (table: K) => V {
  const kept = new WeakMap<K, V>();
  return (table) => {
    let value = kept.get(table);
    if (value === undefined) {
      value = read(table);
      kept.set(table, value);
    }
    return value;
  };
}
