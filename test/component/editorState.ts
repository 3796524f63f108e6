import { act } from '@testing-library/react';
import { formatPolicy, parseToolList, type Policy, type Tool } from '../../src/core';
import { usePolicyStore } from '../../src/state/policyStore';
import { useUiStore } from '../../src/state/uiStore';

const initial = usePolicyStore.getState();

/** Puts the store back as the app starts (call in beforeEach). */
export function resetStore(): void {
  usePolicyStore.setState(initial, true);
}

/** The newest notice's text, or null when no notice is shown. */
export function lastNotice(): string | null {
  return useUiStore.getState().notices.at(-1)?.text ?? null;
}

/** The texts of every notice shown, oldest first. */
export function noticeTexts(): string[] {
  return useUiStore.getState().notices.map((n) => n.text);
}

/** Loads tools the way the "Load tools" dialog does. */
export function loadTools(tools: Tool[] | string, serverName: string | null = 'test-server'): void {
  const text = typeof tools === 'string' ? tools : JSON.stringify({ tools });
  const result = parseToolList(text);
  if (!result.ok) throw new Error(`bad tool list: ${JSON.stringify(result.findings)}`);
  act(() => usePolicyStore.getState().loadTools(result.tools, serverName));
}

/** Replaces the policy text as an import does. */
export function setPolicy(policy: Policy | string): void {
  const text = typeof policy === 'string' ? policy : formatPolicy(policy);
  act(() => usePolicyStore.getState().setText(text, 'import'));
}

/** The store's current (last valid) policy, parsed back from its text. */
export function storedPolicy(): Policy {
  return JSON.parse(usePolicyStore.getState().text) as Policy;
}

export function policy(extra: Partial<Policy> = {}): Policy {
  return { version: '1', default: 'deny', tools: {}, ...extra };
}

export const TOOLS: Tool[] = [
  {
    name: 'get_user',
    title: 'Get user',
    description: 'Reads a user profile by id',
    inputSchema: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        options: { type: 'object', properties: { full: { type: 'boolean' } } },
      },
      required: ['id'],
    },
  },
  { name: 'list_users', description: 'Lists users' },
  { name: 'cache_set', description: 'Set a value in the cache' },
  { name: 'drop_table', description: 'Drops a table' },
  { name: 'transfer_funds', description: 'Moves money' },
  { name: 'run_query', description: 'Runs SQL' },
];
