import { onCheckRequested, requestCheck, type CheckRequest } from "../../src/commands/pane-bus";

type BusModule = typeof import("../../src/commands/pane-bus");

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  delete (globalThis as Record<string, unknown>).__plancheckPaneBus;
});

describe("pane bus", () => {
  it("delivers a request made before the pane listens once the pane subscribes", async () => {
    requestCheck(() => 1000);
    const seen: CheckRequest[] = [];
    onCheckRequested((r) => seen.push(r));
    expect(seen).toEqual([]); // not inside the subscribing call
    await settle();
    expect(seen).toEqual([{ source: "ribbon", at: 1000 }]);
  });

  it("counts repeated clicks before the pane listens as one check", async () => {
    requestCheck(() => 1);
    requestCheck(() => 2);
    const seen: CheckRequest[] = [];
    onCheckRequested((r) => seen.push(r));
    await settle();
    expect(seen).toEqual([{ source: "ribbon", at: 2 }]);
  });

  it("delivers each request to every listening pane at once", () => {
    const a: number[] = [];
    const b: number[] = [];
    onCheckRequested((r) => a.push(r.at));
    onCheckRequested((r) => b.push(r.at));
    requestCheck(() => 7);
    requestCheck(() => 8);
    expect({ a, b }).toEqual({ a: [7, 8], b: [7, 8] });
  });

  it("keeps a request for the next pane after the last one unsubscribes", async () => {
    const first: number[] = [];
    const stop = onCheckRequested((r) => first.push(r.at));
    stop();
    stop(); // a second call changes nothing
    requestCheck(() => 5);
    expect(first).toEqual([]);
    const second: number[] = [];
    onCheckRequested((r) => second.push(r.at));
    await settle();
    expect(second).toEqual([5]);
  });

  it("connects the ribbon bundle and the task pane bundle, which load separate copies of the module", async () => {
    let ribbon!: BusModule;
    let pane!: BusModule;
    await jest.isolateModulesAsync(async () => {
      ribbon = await import("../../src/commands/pane-bus");
    });
    await jest.isolateModulesAsync(async () => {
      pane = await import("../../src/commands/pane-bus");
    });
    expect(ribbon).not.toBe(pane);
    const seen: number[] = [];
    pane.onCheckRequested((r) => seen.push(r.at));
    ribbon.requestCheck(() => 42);
    expect(seen).toEqual([42]);
  });
});
