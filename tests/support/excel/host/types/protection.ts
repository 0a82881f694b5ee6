// (being written)
import type { TypeHandler } from "../typeHandler";

export const PROTECTION_TYPES: TypeHandler[] = [];
