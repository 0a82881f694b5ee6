// The custom-functions runtime only exists inside Excel; tests get a faithful copy of the part the
// wrappers use: the Error class (code + optional message) and the ErrorCode values.
const errorCodes = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const associated = new Map<string, (...args: never[]) => unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode: errorCodes,
    associate(id: string, fn: (...args: never[]) => unknown) {
      associated.set(id, fn);
    },
    associated,
  },
});
