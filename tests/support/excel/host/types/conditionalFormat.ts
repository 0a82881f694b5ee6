// (being written)
import type { TypeHandler } from "../typeHandler";

export const CONDITIONAL_FORMAT_TYPES: TypeHandler[] = [];
