/**
 * How the rows and findings of a file's JSON are held. Sent to another thread they are made
 * whole (a message is plain data); printed in the process that checked the file, each is made
 * from the check when it is read and let go once written, so the 100,000 rows of a regional plan
 * and their findings' words are never all in memory beside the check they are read from.
 */
export type ListMaker = <T>(length: number, make: (index: number) => T) => T[];

/** Every item made now: plain data, for a message to another thread. */
export const madeWhole: ListMaker = (length, make) => {
  const items = new Array(length);
  for (let i = 0; i < length; i++) items[i] = make(i);
  return items;
};

/**
 * A read-only array whose items are made each time they are read. It is an array to every reader
 * (Array.isArray, length, indexing, iteration, map, slice, JSON.stringify), and refuses writes.
 * Items are made again on every read: a reader that needs one twice should keep it.
 */
export const madeOnRead: ListMaker = <T>(length: number, make: (index: number) => T): T[] => {
  // Called on every read: "length" and method names are told from indexes by their first letter.
  const index = (key: string | symbol): number => {
    if (typeof key !== "string") return -1;
    const first = key.charCodeAt(0);
    if (first < 48 || first > 57) return -1;
    const i = Number(key);
    return i < length && String(i) === key ? i : -1;
  };
  return new Proxy(new Array<T>(length), {
    get: (target, key, receiver) => {
      const i = index(key);
      return i >= 0 ? make(i) : Reflect.get(target, key, receiver);
    },
    has: (target, key) => index(key) >= 0 || Reflect.has(target, key),
    getOwnPropertyDescriptor: (target, key) => {
      const i = index(key);
      return i >= 0 ? { value: make(i), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys: (target) => [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(target)],
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
};

/** The items each list made by `madeFrom` is made from. */
const sources = new WeakMap<object, readonly unknown[]>();

/**
 * A list whose items are made from those of `source`, one each, by `list`. The list remembers
 * its source, so a reader needing only what an item keeps from its source (a finding's severity,
 * to count) reads the source instead of making every item (a finding's words).
 */
export function madeFrom<S, T>(list: ListMaker, source: readonly S[], make: (item: S) => T): T[] {
  const items = list(source.length, (i) => make(source[i]));
  sources.set(items, source);
  return items;
}

/** The items `items` were made from by `madeFrom`; undefined for any other list. */
export function sourceOf(items: readonly unknown[]): readonly unknown[] | undefined {
  return sources.get(items);
}
