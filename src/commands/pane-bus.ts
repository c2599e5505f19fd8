/**
 * Check requests from the ribbon to the task pane.
 *
 * In the shared runtime the ribbon command and the task pane run on one page, but they are separate
 * bundles with their own copies of every module, so the bus is kept on the page's global object
 * where both find the same instance. A request made before the pane has subscribed (the first click
 * opens the pane) waits and is delivered when it subscribes.
 */

export interface CheckRequest {
  /** Where the request came from; only the ribbon asks today. */
  source: "ribbon";
  /** Milliseconds since the epoch when the request was made. */
  at: number;
}

interface Bus {
  target: EventTarget;
  listeners: number;
  pending: CheckRequest | null;
}

const EVENT = "plancheck:check";
const GLOBAL_KEY = "__plancheckPaneBus";

function bus(): Bus {
  const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Bus };
  holder[GLOBAL_KEY] ??= { target: new EventTarget(), listeners: 0, pending: null };
  return holder[GLOBAL_KEY];
}

/** Asks the task pane to check the plan; repeated requests before the pane listens count once. */
export function requestCheck(now: () => number = Date.now): void {
  const b = bus();
  const request: CheckRequest = { source: "ribbon", at: now() };
  if (b.listeners === 0) b.pending = request;
  else b.target.dispatchEvent(new CustomEvent<CheckRequest>(EVENT, { detail: request }));
}

/** Calls `onCheck` for every check request, including one made before subscribing; returns the unsubscribe. */
export function onCheckRequested(onCheck: (request: CheckRequest) => void): () => void {
  const b = bus();
  const listener = (e: Event) => onCheck((e as CustomEvent<CheckRequest>).detail);
  b.target.addEventListener(EVENT, listener);
  b.listeners++;
  const waiting = b.pending;
  if (waiting) {
    b.pending = null;
    // Delivered after the caller has finished subscribing (for example a React effect).
    queueMicrotask(() => onCheck(waiting));
  }
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    b.target.removeEventListener(EVENT, listener);
    b.listeners--;
  };
}
