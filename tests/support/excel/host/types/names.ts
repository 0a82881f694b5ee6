// (being written)
import type { TypeHandler } from "../typeHandler";

export const NAME_TYPES: TypeHandler[] = [];
