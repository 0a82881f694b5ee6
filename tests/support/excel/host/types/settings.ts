// (being written)
import type { TypeHandler } from "../typeHandler";

export const SETTING_TYPES: TypeHandler[] = [];
