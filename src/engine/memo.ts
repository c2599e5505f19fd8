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
 * A parse of a cell's text alone, kept across tables and plans: a region's plans write the same
 * deadlines (`вересень`, `постійно`, `do 30 czerwca`) again and again, and a batch reads most of them
 * many times over. The kept readings are dropped all at once when there are `limit` of them, so a
 * batch of any length holds no more than that, and each text is kept as a copy of its own.
 */
export function memoizeBounded<T>(parse: (text: string) => T, limit: number): (text: string) => T {
  let seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) {
      value = parse(text);
      if (seen.size >= limit) seen = new Map();
      // A cell's text is often a slice of its sheet's whole XML: kept as it is, it would keep that
      // whole sheet alive for as long as the reading is kept. A copy of its own keeps only itself.
      seen.set((" " + text).slice(1), value);
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
