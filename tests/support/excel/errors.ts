// Errors as Excel reports them. The host sends `{ Code, Message, Location }` and Microsoft's client
// turns it into the OfficeExtension.Error an add-in sees (`error.code === "ItemNotFound"`,
// `error.debugInfo.errorLocation`). Codes are Excel's own (`Excel.ErrorCodes` in @types/office-js).

export type StandInErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "UnsupportedOperation";

const HTTP_STATUS: Record<StandInErrorCode, number> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidOperation: 400,
  InvalidReference: 400,
  InvalidObjectPath: 400,
  ItemAlreadyExists: 409,
  ItemNotFound: 404,
  NotImplemented: 501,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
  UnsupportedOperation: 400,
};

export class StandInError extends Error {
  /** Set by the host where the error surfaced ("Range.values"); Excel reports it as debugInfo.errorLocation. */
  location: string | undefined;

  constructor(
    readonly code: StandInErrorCode,
    message: string
  ) {
    super(message);
  }

  get httpStatusCode(): number {
    return HTTP_STATUS[this.code];
  }
}

export const invalidArgument = (message: string): StandInError =>
  new StandInError("InvalidArgument", message);

export const itemNotFound = (what: string): StandInError =>
  new StandInError(
    "ItemNotFound",
    `The requested resource doesn't exist.${what === "" ? "" : ` (${what})`}`
  );

/** What the host answers for a member it does not model: never a silent no-op. */
export const notImplemented = (member: string): StandInError =>
  new StandInError(
    "NotImplemented",
    `The Excel stand-in does not implement ${member}; add it to tests/support/excel/host with the checks Excel makes.`
  );
