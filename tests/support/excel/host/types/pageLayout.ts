// (being written)
import type { TypeHandler } from "../typeHandler";

export const PAGE_LAYOUT_TYPES: TypeHandler[] = [];
