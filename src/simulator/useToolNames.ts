import { useMemo } from 'react';
import { isPattern, type Tool } from '../core';
import { usePolicyStore } from '../state/policyStore';

/** What the scenario table offers as tools: the loaded tools, then the rules' exact names. */
export interface ToolChoices {
  names: string[];
  /** Input schemas by tool name (own keys only: every name, `__proto__` included, is a tool). */
  schemas: Map<string, unknown>;
  tools: readonly Tool[];
}

export function useToolChoices(): ToolChoices {
  const tools = usePolicyStore((s) => s.tools);
  const rules = usePolicyStore((s) => s.policy.tools);
  return useMemo(() => {
    const schemas = new Map<string, unknown>();
    for (const tool of tools) if (!schemas.has(tool.name)) schemas.set(tool.name, tool.inputSchema);
    const names = [...schemas.keys()];
    for (const key of Object.keys(rules)) {
      if (!isPattern(key) && !schemas.has(key)) names.push(key);
    }
    return { names, schemas, tools };
  }, [tools, rules]);
}
