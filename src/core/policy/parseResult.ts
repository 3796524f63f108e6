import type { Finding } from '../findings';
import type { Policy } from '../schema';

export type ParsePolicyResult =
  { ok: true; policy: Policy; findings: Finding[] } | { ok: false; findings: Finding[] };
