import { runCheckPlan } from "../../src/commands/check-plan";
import { onCheckRequested } from "../../src/commands/pane-bus";

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function commandEvent() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

function installOffice(showAsTaskpane: () => Promise<void>) {
  (globalThis as Record<string, unknown>).Office = { addin: { showAsTaskpane: jest.fn(showAsTaskpane) } };
  return (globalThis as unknown as { Office: { addin: { showAsTaskpane: jest.Mock } } }).Office.addin.showAsTaskpane;
}

beforeEach(() => {
  delete (globalThis as Record<string, unknown>).__plancheckPaneBus;
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  jest.restoreAllMocks();
});

describe("Check plan ribbon command", () => {
  it("opens the pane, asks it to check the plan and tells Excel the command is done", async () => {
    const show = installOffice(() => Promise.resolve());
    const checks: string[] = [];
    onCheckRequested((r) => checks.push(r.source));
    const event = commandEvent();
    await runCheckPlan(event);
    expect(show).toHaveBeenCalledTimes(1);
    expect(checks).toEqual(["ribbon"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("still completes, and leaves the check waiting for the pane, when Excel cannot show the pane", async () => {
    installOffice(() => Promise.reject(new Error("not supported")));
    const event = commandEvent();
    await runCheckPlan(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalled();
    const checks: string[] = [];
    onCheckRequested((r) => checks.push(r.source));
    await settle();
    expect(checks).toEqual(["ribbon"]);
  });
});
