/** MCP tool annotations (hints; never a guarantee). */
export interface ToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
  [extra: string]: unknown;
}

/** One tool of an MCP server's `tools/list`. Fields real servers add beyond the spec are kept. */
export interface Tool {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: Record<string, unknown>;
  outputSchema?: Record<string, unknown>;
  annotations?: ToolAnnotations;
  [extra: string]: unknown;
}

export const CATEGORIES = ['Read', 'Write', 'Execute', 'Destructive', 'Financial'] as const;
export const RISKS = ['Low', 'Medium', 'High', 'Critical'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Risk = (typeof RISKS)[number];

export interface Classification {
  category: Category;
  risk: Risk;
  /** One sentence naming the hint or word that decided. */
  because: string;
}
