/** The parts of Excel's custom-functions metadata (functions.json) that localisation touches. */
export interface ParameterMetadata {
  name: string;
  description?: string;
  [other: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  [other: string]: unknown;
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [other: string]: unknown;
}
