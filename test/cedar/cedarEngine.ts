import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import type { CedarConfig, Call } from '../../src/core';

type CedarValue = cedar.CedarValueJson;

/**
 * What the export assumes of the gateway, as ToolHive does it: each top-level argument `k` is
 * `context.arg_k` (lists as sets, objects as records), and the tool resource carries its name.
 */
export function gatewayContext(call: Call): Record<string, CedarValue> {
  const context: Record<string, CedarValue> = {};
  for (const [k, v] of Object.entries(call.args ?? {})) context[`arg_${k}`] = v as CedarValue;
  return context;
}

// One cache slot, replaced for each policy set: the engine keeps every id it is given.
const SET_ID = 'export';

/** The Cedar engine's decisions for calls under an exported config (policies parsed once). */
export function cedarDecisions(config: CedarConfig, calls: readonly Call[]): ('allow' | 'deny')[] {
  const id = SET_ID;
  const parsed = cedar.preparsePolicySet(id, { staticPolicies: config.cedar.policies.join('\n') });
  if (parsed.type !== 'success') {
    throw new Error(
      `Cedar rejects the export: ${JSON.stringify(parsed.errors)}\n${config.cedar.policies.join('\n')}`,
    );
  }
  return calls.map((call) => {
    const resource = { type: 'Tool', id: call.tool };
    const answer = cedar.statefulIsAuthorized({
      principal: { type: 'Client', id: 'agent' },
      action: { type: 'Action', id: 'call_tool' },
      resource,
      context: gatewayContext(call),
      preparsedPolicySetId: id,
      entities: [{ uid: resource, attrs: { name: call.tool }, parents: [] }],
    });
    if (answer.type !== 'success')
      throw new Error(`Cedar failed: ${JSON.stringify(answer.errors)}`);
    return answer.response.decision;
  });
}
