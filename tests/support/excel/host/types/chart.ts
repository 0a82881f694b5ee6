// (being written)
import type { TypeHandler } from "../typeHandler";

export const CHART_TYPES: TypeHandler[] = [];
