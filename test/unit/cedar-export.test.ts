import { describe, expect, it } from 'vitest';
import { exportCedar, type Policy } from '../../src/core';

function policies(policy: Policy, tools?: { name: string }[]): string[] {
  return exportCedar(policy, tools).config.cedar.policies;
}

describe('exportCedar', () => {
  it('writes a ToolHive cedarv1 config', () => {
    const out = exportCedar({ version: '1', default: 'deny', tools: { get_user: {} } });
    expect(out.config).toEqual({
      version: '1.0',
      type: 'cedarv1',
      cedar: {
        policies: [
          '// tools["get_user"]: allow\n@id("/tools/get_user")\npermit (principal, action == Action::"call_tool", resource == Tool::"get_user");',
        ],
        entities_json: '[]',
      },
    });
    expect(out.unsupported).toEqual([]);
  });

  it.each([
    [
      { path: 'args.a', op: 'eq', value: 'x"\\' },
      '(context has arg_a && context.arg_a == "x\\"\\\\")',
    ],
    [{ path: 'args.a', op: 'neq', value: 3 }, '!(context has arg_a && context.arg_a == 3)'],
    [
      { path: 'args.a', op: 'in', value: [1, 'b'] },
      '(context has arg_a && [1, "b"].contains(context.arg_a))',
    ],
    [{ path: 'args.a', op: 'gte', value: -2 }, '(context has arg_a && context.arg_a >= -2)'],
    [{ path: 'args.a', op: 'exists', value: false }, '!(context has arg_a)'],
    [{ path: 'args.a-b', op: 'exists' }, '(context has "arg_a-b")'],
    [
      { path: 'args.a', op: 'eq', value: { k: true } },
      '(context has arg_a && context.arg_a == {"k": true})',
    ],
  ] as const)('says %j in Cedar', (condition, text) => {
    const [permit] = policies({
      version: '1',
      default: 'deny',
      tools: { t: { require: [condition as never] } },
    });
    expect(permit).toContain(`when { ${text} }`);
  });

  it.each([
    [{ path: 'args.a.b', op: 'eq', value: 1 }, '/tools/t/require/0', 'nested'],
    [{ path: 'args.a', op: 'regex', value: 'x+' }, '/tools/t/require/0', 'regular expressions'],
    [{ path: 'args.a', op: 'lt', value: 1.5 }, '/tools/t/require/0', 'whole number'],
    [{ path: 'args.a', op: 'eq', value: [1, 2] }, '/tools/t/require/0', 'sets ignore order'],
    [{ path: 'args.a', op: 'contains', value: 'x' }, '/tools/t/require/0', 'substring'],
    [{ path: 'args.a', op: 'eq', value: null }, '/tools/t/require/0', 'no null'],
  ] as const)('lists %j as unsupported and denies the rule', (condition, path, words) => {
    const out = exportCedar({
      version: '1',
      default: 'allow',
      tools: { t: { require: [condition as never] } },
    });
    expect(out.unsupported).toHaveLength(1);
    expect(out.unsupported[0]!.path).toBe(path);
    expect(out.unsupported[0]!.reason).toContain(words);
    const forbid = out.config.cedar.policies.find((p) => p.includes('@id("/tools/t")'))!;
    expect(forbid).toContain(
      'forbid (principal, action == Action::"call_tool", resource == Tool::"t");',
    );
    expect(forbid).toContain(`// unsupported ${path}`);
  });

  it('denies approval, limits and all_tools limits, and says so', () => {
    const limit = { counter: 'c', window: 'minute', max: 1 } as const;
    const out = exportCedar({
      version: '1',
      default: 'deny',
      all_tools: { limits: [limit] },
      tools: { pay: { action: 'approval' }, put: { limits: [limit] } },
    });
    expect(out.unsupported.map((u) => u.path)).toEqual([
      '/all_tools/limits',
      '/tools/pay/action',
      '/tools/put/limits',
    ]);
    expect(out.config.cedar.policies.every((p) => p.includes('forbid'))).toBe(true);
  });

  it('leaves the more specific pattern and exact keys out of a pattern', () => {
    const [general] = policies({
      version: '1',
      default: 'deny',
      tools: { 'get_*': {}, 'get_secret_*': { action: 'deny' }, get_x: {}, 'put_*': {} },
    });
    expect(general).toContain(
      'when { resource.name like "get_*" && !(resource in [Tool::"get_x"]) && !(resource.name like "get_secret_*") }',
    );
  });

  it('expands patterns against a tool list and says what that leaves out', () => {
    const out = exportCedar(
      { version: '1', default: 'allow', hide: ['admin_*'], tools: { 'get_*': { action: 'deny' } } },
      [{ name: 'get_a' }, { name: 'admin_b' }, { name: 'list_c' }],
    );
    expect(out.config.cedar.policies.join('\n')).not.toContain('like');
    expect(out.config.cedar.policies.join('\n')).toContain('resource == Tool::"list_c"');
    expect(out.unsupported.map((u) => u.path)).toEqual(['/default']);
  });

  it('lists a name Cedar cannot hold (a lone surrogate) instead of writing a wrong policy', () => {
    const out = exportCedar({
      version: '1',
      default: 'allow',
      tools: { 'bad\uD800': { action: 'deny' }, ok: {} },
    });
    expect(out.unsupported.map((u) => u.path)).toEqual(['/tools/bad\uD800', '/default']);
    expect(out.config.cedar.policies.join('\n')).toContain('resource == Tool::"ok"');
    expect(out.config.cedar.policies.join('\n')).not.toContain('@id("/default")');
  });

  it('hides every tool with one forbid', () => {
    expect(policies({ version: '1', default: 'allow', hide: '*', tools: { a: {} } })).toEqual([
      '// hide: every tool\n@id("/hide")\nforbid (principal, action == Action::"call_tool", resource);',
    ]);
  });
});
