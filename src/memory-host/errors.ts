/**
 * Errors shaped like the ones Office.js rejects `context.sync()` with (`OfficeExtension.Error`):
 * a stable `code`, an English `message`, `debugInfo` with the failing statement, and the trace
 * messages queued before the failure. Codes and messages follow the page "Error handling with the
 * application-specific JavaScript APIs" (learn.microsoft.com/office/dev/add-ins/testing/
 * application-specific-api-error-handling) and the `OfficeExtension.Error` reference page.
 */

export type HostErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "GeneralException"
  | "MergedRangeConflict"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise";

const DEFAULT_MESSAGES: Record<HostErrorCode, string> = {
  PropertyNotLoaded:
    "The property is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidObjectPath: "The object path is not working for what you're trying to do.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource being created already exists.",
  GeneralException: "There was an internal error while processing the request.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    "The batch function passed to the \".run\" method didn't return a promise. The function must return a promise.",
};

export interface HostDebugInfo {
  code: string;
  message: string;
  /** Object and member that failed, as Office.js names it (`Range.values`, `TableCollection.add`). */
  errorLocation?: string;
  /** The statement that failed, as readable text. */
  statement?: string;
}

/** What `context.sync()` rejects with; `instanceof Error` so ordinary handlers work too. */
export class HostError extends Error {
  override name = "RichApi.Error";
  readonly code: HostErrorCode;
  debugInfo: HostDebugInfo;
  /** Messages passed to `context.trace()` whose place in the batch ran before the failure. */
  traceMessages: string[] = [];

  constructor(code: HostErrorCode, message?: string, errorLocation?: string) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.code = code;
    this.debugInfo = { code, message: this.message, errorLocation };
  }
}

export function hostError(code: HostErrorCode, detail?: string, errorLocation?: string): HostError {
  const base = DEFAULT_MESSAGES[code];
  return new HostError(code, detail ? `${base} ${detail}` : base, errorLocation);
}

/** The error Office.js throws when a property is read before it was loaded and synced. */
export function propertyNotLoaded(entity: string, property: string): HostError {
  return new HostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}
