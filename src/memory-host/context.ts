import { jsonBytes } from "./bytes";
import type { Command, ContextCore } from "./client";
import { HostError, hostError, type HostErrorCode } from "./errors";
import type { WorkbookModel } from "./state";
import { ApplicationProxy, WorkbookProxy } from "./objects/workbook";

/** One `context.sync()` as the host saw it. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Commands that changed the workbook. */
  writes: number;
  /** True when `suspendApiCalculationUntilNextSync()` ran in this batch. */
  calculationSuspended: boolean;
  /** Error code when the sync failed. */
  failed?: string;
}

export interface HostStats {
  syncs: number;
  /** Request plus response bytes of each sync, in order. */
  payloads: number[];
  maxPayload: number;
  log: SyncRecord[];
}

/** A failure to stage in tests: the next command at this location fails with this code. */
export interface HostFault {
  errorLocation: string;
  code?: HostErrorCode;
}

export interface HostCore {
  model: WorkbookModel;
  stats: HostStats;
  /** Largest request and largest response accepted (5 MB, as Excel on the web). */
  limitBytes: number;
  /** Staged failures, each used once. */
  faults: HostFault[];
}

export class MemoryRequestContext implements ContextCore {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  /** Accepted for compatibility; every in-memory proxy stays usable within its batch. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly requestHeaders: Record<string, string> = {};
  private queue: Command[] = [];
  private ids = 0;
  private closed = false;
  private suspended = false;

  constructor(private readonly host: HostCore) {
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  nextId(): number {
    return ++this.ids;
  }

  enqueue(command: Command): void {
    if (this.closed) {
      throw hostError("InvalidObjectPath", "The request context of this object has ended; use objects only inside their Excel.run batch.");
    }
    this.queue.push(command);
  }

  suspendCalculation(): void {
    this.suspended = true;
  }

  /** context.load(object, option) is the same as object.load(option). */
  load(object: { load(option?: unknown): unknown }, option?: unknown): void {
    object.load(option);
  }

  /** Queues a marker; after a failed sync, `error.traceMessages` lists the markers that ran. */
  trace(message: string): void {
    this.enqueue({ json: { trace: message }, write: false, trace: message, run: () => undefined });
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  /**
   * Runs the queued commands in order. A failing command stops the batch: commands before it have
   * changed the workbook, commands after it have not (the OfficeExtension.Error reference page:
   * traceMessages "contains all trace messages that were executed before the error occurred").
   */
  async sync(): Promise<void> {
    await Promise.resolve();
    const batch = this.queue;
    this.queue = [];
    const record: SyncRecord = { requestBytes: jsonBytes(batch.map((c) => c.json)), responseBytes: 0, writes: 0, calculationSuspended: false };
    const stats = this.host.stats;
    stats.syncs += 1;
    stats.log.push(record);
    const finish = () => {
      const total = record.requestBytes + record.responseBytes;
      stats.payloads.push(total);
      stats.maxPayload = Math.max(stats.maxPayload, total);
      this.suspended = false;
    };

    if (record.requestBytes > this.host.limitBytes) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      finish();
      throw hostError("RequestPayloadSizeLimitExceeded", `The batch was ${record.requestBytes} bytes.`);
    }

    const traces: string[] = [];
    const results: { command: Command; data: unknown }[] = [];
    for (const command of batch) {
      try {
        const fault = command.location ? this.host.faults.findIndex((f) => f.errorLocation === command.location) : -1;
        if (fault >= 0) {
          const [f] = this.host.faults.splice(fault, 1);
          throw hostError(f.code ?? "GeneralException", "A failure staged by the test.", command.location);
        }
        const data = command.run();
        if (command.write) record.writes += 1;
        if (command.trace !== undefined) traces.push(command.trace);
        if (command.onResult) results.push({ command, data });
      } catch (err) {
        const error = err instanceof HostError ? err : hostError("GeneralException", String(err));
        error.traceMessages = traces;
        record.failed = error.code;
        record.calculationSuspended = this.suspended;
        finish();
        throw error;
      }
    }
    record.calculationSuspended = this.suspended;
    record.responseBytes = jsonBytes(results.map((r) => r.data ?? null));
    if (record.responseBytes > this.host.limitBytes) {
      record.failed = "ResponsePayloadSizeLimitExceeded";
      finish();
      const error = hostError("ResponsePayloadSizeLimitExceeded", `The response was ${record.responseBytes} bytes.`);
      error.traceMessages = traces;
      throw error;
    }
    finish();
    for (const { command, data } of results) command.onResult!(data);
  }
}
