import type { Finding, ReviewFinding, Tool } from '../core';

/** Asks the check worker to read `text` (with the tool list last sent, or `tools` when given). */
export interface CheckRequest {
  id: number;
  text: string;
  tools?: Tool[];
}

/** What the worker found: parsePolicy's findings and, for a valid text, the review (no fixes). */
export interface CheckReply {
  id: number;
  ok: boolean;
  findings: Finding[];
  review: ReviewFinding[];
}
