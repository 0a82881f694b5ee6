// (being written)
import type { TypeHandler } from "../typeHandler";

export const DATA_VALIDATION_TYPES: TypeHandler[] = [];
