// (being written)
import type { TypeHandler } from "../typeHandler";

export const TABLE_TYPES: TypeHandler[] = [];
