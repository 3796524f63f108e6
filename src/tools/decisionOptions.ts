import { TOOL_DECISIONS, type DefaultDecision, type ToolDecision } from '../core';
import { DECISION_LABELS } from '../state/toolRows';
import type { Segment } from '../ui/design';
import { DECISION_LOOK } from '../ui/design/decisions';

function optionsFor(fallback: DefaultDecision): Segment<ToolDecision>[] {
  return TOOL_DECISIONS.map((d) => ({
    value: d,
    label: DECISION_LABELS[d],
    display: d === 'default' ? `Default (${fallback})` : undefined,
    tone: DECISION_LOOK[d].tone,
  }));
}

const OPTIONS: Readonly<Record<DefaultDecision, Segment<ToolDecision>[]>> = {
  allow: optionsFor('allow'),
  deny: optionsFor('deny'),
};

/** The decision segments of a row or group, with "Default" showing what it resolves to. */
export function decisionOptions(fallback: DefaultDecision): Segment<ToolDecision>[] {
  return OPTIONS[fallback];
}
