// Errors as Excel reports them. A failed `context.sync()` rejects with an OfficeExtension.Error,
// whose shape production code inspects (`error.code === "ItemNotFound"`, `error.debugInfo`), so the
// stand-in builds the same shape: name "RichApi.Error", a stable `code`, and `debugInfo` carrying
// the code, the message and where in the batch it failed ("Range.values", "TableCollection.add").

export type StandInErrorCode =
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidObjectPath"
  | "NotImplemented"
  | "GeneralException";

export class StandInError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: StandInErrorCode,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }

  /** The same error, now knowing which queued operation raised it. */
  at(errorLocation: string): StandInError {
    return this.debugInfo.errorLocation === undefined
      ? new StandInError(this.code, this.message, errorLocation)
      : this;
  }
}

export const invalidArgument = (message: string): StandInError =>
  new StandInError("InvalidArgument", message);

export const itemNotFound = (what: string): StandInError =>
  new StandInError(
    "ItemNotFound",
    `The requested resource doesn't exist.${what === "" ? "" : ` (${what})`}`
  );

/** Office's wording, so a test that prints the error reads like a real add-in failure. */
export const propertyNotLoaded = (property: string): StandInError =>
  new StandInError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
