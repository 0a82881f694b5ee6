// Compile-time guard that the stand-in speaks office.js's vocabulary. A class declares
// `implements OfficeNames<Excel.Range, "getCell" | "format" | …>`: every listed name must exist
// on the real interface (a misspelt `autoFitColumns` is a type error), and methods keep the real
// parameter list of their last overload, so the stand-in's own parameters must accept at least
// what production code may pass. Properties are declared through `PropertyTable`, keyed the same way.
export type OfficeNames<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : unknown;
};
