/** One tool call to decide; `at` is ms since the epoch; grant and session default to "default". */
export interface Call {
  tool: string;
  args?: Record<string, unknown>;
  at: number;
  grant?: string;
  session?: string;
}

export type DecisionKind = 'allow' | 'deny' | 'approval' | 'rate_limited';

/** What the gateway would do with a call, and why; `path` is a JSON Pointer to what decided. */
export interface Decision {
  decision: DecisionKind;
  reason: string;
  rule: string | null;
  path: string;
  retryAfterMs?: number;
}
