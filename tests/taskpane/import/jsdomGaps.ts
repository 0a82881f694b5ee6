// What the import tests need that jsdom lacks, installed before the importer's modules load (the
// decoder is looked up once, when decode.ts loads): the encoding API, which workers and Node have,
// and ResizeObserver, which Fluent's MessageBar uses to wrap its actions (jsdom lays nothing out,
// so an observer that never fires is exact). Import this module first.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;
globalThis.TextEncoder ??= NodeTextEncoder;
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
