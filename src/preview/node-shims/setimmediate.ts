/**
 * jszip asks for the `setimmediate` polyfill, which turns a string handler into code with
 * `new Function`: the page's policy forbids generated code, and jszip only ever passes functions.
 * In the page's build this stands in for it: functions only, on the browser's own timer.
 */
type Task = (...args: unknown[]) => void;

const scope = globalThis as unknown as { setImmediate?: (task: Task, ...args: unknown[]) => unknown };
if (typeof scope.setImmediate !== "function") {
  scope.setImmediate = (task: Task, ...args: unknown[]) => setTimeout(() => task(...args), 0);
}

export {};
