import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_START, formatPolicy, type Policy, type Tool } from '../../src/core';
import { SimulatorPane } from '../../src/simulator/SimulatorPane';
import {
  restoreScenario,
  SCENARIO_KEY,
  SCENARIO_SET_ASIDE_KEY,
  startScenarioAutosave,
} from '../../src/simulator/scenarioPersistence';
import { useScenarioStore } from '../../src/simulator/scenarioStore';
import { usePolicyStore } from '../../src/state/policyStore';
import { lastNotice } from './editorState';

const initialPolicy = usePolicyStore.getState();
const initialScenario = useScenarioStore.getState();

const POLICY: Policy = {
  version: '1',
  default: 'deny',
  tools: { cache_set: {}, 'get_*': {}, kv_set: { action: 'approval' } },
};

const TOOLS: Tool[] = [
  {
    name: 'cache_set',
    inputSchema: {
      type: 'object',
      properties: { key: { type: 'string' }, mode: { enum: ['fast', 'safe'] } },
      required: ['key'],
      additionalProperties: false,
    },
  },
  { name: 'drop_table' },
];

beforeEach(() => {
  usePolicyStore.setState(initialPolicy, true);
  useScenarioStore.setState(initialScenario, true);
  act(() => {
    usePolicyStore.getState().loadTools(TOOLS, 'test');
    usePolicyStore.getState().setText(formatPolicy(POLICY), 'import');
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

const calls = () => useScenarioStore.getState().calls;

function scenarioRows() {
  return within(screen.getByRole('table', { name: 'Scenario calls' }))
    .getAllByRole('row')
    .slice(1);
}

describe('the scenario table', () => {
  it('adds calls and offers the loaded tools and the rules as tool names', async () => {
    const { container } = render(<SimulatorPane />);
    expect(screen.getByText(/No calls yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add call' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add call' }));
    expect(calls()).toEqual([
      { tool: 'cache_set', offset: 0 },
      { tool: 'cache_set', offset: 1000 },
    ]);
    const tool = screen.getByRole('combobox', { name: 'Tool of call 1' });
    const list = container.querySelector(`datalist#${CSS.escape(tool.getAttribute('list') ?? '')}`);
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual([
      'cache_set',
      'drop_table',
      'kv_set',
    ]);
  });

  it('edits every field of a call', async () => {
    act(() => useScenarioStore.getState().setCalls([{ tool: 'cache_set', offset: 0 }]));
    render(<SimulatorPane />);
    const user = userEvent.setup();
    const tool = screen.getByRole('combobox', { name: 'Tool of call 1' });
    await user.clear(tool);
    await user.type(tool, 'kv_set');
    await user.click(screen.getByRole('textbox', { name: 'Arguments of call 1' }));
    await user.paste('{"key":"a"}');
    await user.type(screen.getByRole('textbox', { name: 'Grant of call 1' }), 'g1');
    await user.type(screen.getByRole('textbox', { name: 'Session of call 1' }), 's1');
    const offset = screen.getByRole('textbox', { name: 'Offset in ms of call 1' });
    await user.clear(offset);
    await user.type(offset, '2500');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Expected decision of call 1' }),
      'approval',
    );
    expect(calls()).toEqual([
      {
        tool: 'kv_set',
        args: { key: 'a' },
        offset: 2500,
        grant: 'g1',
        session: 's1',
        expect: 'approval',
      },
    ]);
    await user.clear(screen.getByRole('textbox', { name: 'Grant of call 1' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Expected decision of call 1' }),
      '—',
    );
    expect(calls()).toEqual([{ tool: 'kv_set', args: { key: 'a' }, offset: 2500, session: 's1' }]);
  });

  it('keeps arguments that are not JSON yet as typed, marked, without changing the call', async () => {
    act(() =>
      useScenarioStore.getState().setCalls([{ tool: 'cache_set', args: { key: 'a' }, offset: 0 }]),
    );
    render(<SimulatorPane />);
    const args = screen.getByRole('textbox', { name: 'Arguments of call 1' });
    await userEvent.type(args, '{backspace}');
    expect(args).toHaveValue('{"key":"a"');
    expect(args).toHaveAttribute('aria-invalid', 'true');
    expect(args).toHaveAccessibleDescription(/Not JSON yet/);
    expect(calls()[0]?.args).toEqual({ key: 'a' });
    await userEvent.type(args, '}');
    expect(args).not.toHaveAttribute('aria-invalid');
  });

  it("warns where arguments do not fit the tool's input schema, without blocking", () => {
    act(() =>
      useScenarioStore.getState().setCalls([
        { tool: 'cache_set', args: { mode: 'slow', extra: 1 }, offset: 0 },
        { tool: 'cache_set', args: { key: 'k' }, offset: 0 },
      ]),
    );
    render(<SimulatorPane />);
    expect(
      screen.getByRole('textbox', { name: 'Arguments of call 1' }),
    ).toHaveAccessibleDescription(
      '⚠ required property key is missing; mode should be one of "fast", "safe", not "slow"; extra is not a property of this tool',
    );
    expect(
      screen.getByRole('textbox', { name: 'Arguments of call 2' }),
    ).not.toHaveAccessibleDescription();
    expect(screen.getByRole('table', { name: 'Simulation results' })).toBeInTheDocument();
  });

  it('duplicates, removes and reorders calls from the keyboard, focus following the call', async () => {
    act(() =>
      useScenarioStore.getState().setCalls([
        { tool: 'a', offset: 0 },
        { tool: 'b', offset: 1 },
        { tool: 'c', offset: 2 },
      ]),
    );
    render(<SimulatorPane />);
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Move call 1 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move call 3 down' })).toBeDisabled();

    screen.getByRole('button', { name: 'Move call 3 up' }).focus();
    await user.keyboard('{Enter}');
    expect(calls().map((c) => c.tool)).toEqual(['a', 'c', 'b']);
    expect(screen.getByRole('button', { name: 'Move call 2 up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(calls().map((c) => c.tool)).toEqual(['c', 'a', 'b']);
    // Call 1 cannot go further up: focus goes to its "down" button.
    expect(screen.getByRole('button', { name: 'Move call 1 down' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Duplicate call 2' }));
    expect(calls().map((c) => c.tool)).toEqual(['c', 'a', 'a', 'b']);
    expect(calls()[1]).not.toBe(calls()[2]);

    await user.click(screen.getByRole('button', { name: 'Remove call 4' }));
    expect(calls().map((c) => c.tool)).toEqual(['c', 'a', 'a']);
    expect(screen.getByRole('button', { name: 'Remove call 3' })).toHaveFocus();
    expect(scenarioRows()).toHaveLength(3);
  });

  it('sets the start time in UTC', async () => {
    render(<SimulatorPane />);
    const startField = screen.getByRole('textbox', { name: 'Start (UTC)' });
    expect(startField).toHaveValue('2026-01-01T00:00:00.000Z');
    await userEvent.clear(startField);
    await userEvent.type(startField, '2026-03-01T10:00:00Z');
    expect(useScenarioStore.getState().start).toBe(Date.UTC(2026, 2, 1, 10));
  });
});

describe('the generators', () => {
  it('makes a loop of one tool from one grant, replacing the calls', async () => {
    act(() => useScenarioStore.getState().setCalls([{ tool: 'x', offset: 0 }]));
    render(<SimulatorPane />);
    const form = screen.getByRole('form', { name: 'Generate calls' });
    const user = userEvent.setup();
    await user.type(within(form).getByRole('combobox', { name: 'Tool' }), 'kv_set');
    await user.clear(within(form).getByRole('textbox', { name: 'Count' }));
    await user.type(within(form).getByRole('textbox', { name: 'Count' }), '3');
    await user.clear(within(form).getByRole('textbox', { name: 'Every (ms)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Every (ms)' }), '250');
    await user.type(within(form).getByRole('textbox', { name: 'Grant' }), 'runaway');
    await user.click(within(form).getByRole('button', { name: 'Generate' }));
    expect(calls()).toEqual([
      { tool: 'kv_set', offset: 0, grant: 'runaway' },
      { tool: 'kv_set', offset: 250, grant: 'runaway' },
      { tool: 'kv_set', offset: 500, grant: 'runaway' },
    ]);
  });

  it('adds a burst after the calls when asked not to replace them', async () => {
    act(() => useScenarioStore.getState().setCalls([{ tool: 'x', offset: 0 }]));
    render(<SimulatorPane />);
    const form = screen.getByRole('form', { name: 'Generate calls' });
    const user = userEvent.setup();
    await user.click(within(form).getByRole('radio', { name: 'Burst' }));
    await user.clear(within(form).getByRole('textbox', { name: 'Count' }));
    await user.type(within(form).getByRole('textbox', { name: 'Count' }), '2');
    await user.clear(within(form).getByRole('textbox', { name: 'From (ms)' }));
    await user.type(within(form).getByRole('textbox', { name: 'From (ms)' }), '9000');
    await user.click(within(form).getByRole('checkbox', { name: 'Replace the current calls' }));
    await user.click(within(form).getByRole('button', { name: 'Generate' }));
    // An empty tool field means the first known tool.
    expect(calls()).toEqual([
      { tool: 'x', offset: 0 },
      { tool: 'cache_set', offset: 9000 },
      { tool: 'cache_set', offset: 9000 },
    ]);
  });

  it('makes the same random mix for the same seed', async () => {
    render(<SimulatorPane />);
    const form = screen.getByRole('form', { name: 'Generate calls' });
    const user = userEvent.setup();
    await user.click(within(form).getByRole('radio', { name: 'Mix' }));
    await user.clear(within(form).getByRole('textbox', { name: 'Count' }));
    await user.type(within(form).getByRole('textbox', { name: 'Count' }), '20');
    await user.click(within(form).getByRole('button', { name: 'Generate' }));
    const first = calls();
    expect(first).toHaveLength(20);
    expect(new Set(first.map((c) => c.tool))).toEqual(
      new Set(['cache_set', 'drop_table', 'kv_set']),
    );
    expect(
      first.filter((c) => c.tool === 'cache_set').every((c) => typeof c.args?.key === 'string'),
    ).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Generate' }));
    expect(calls()).toEqual(first);
    await user.clear(within(form).getByRole('textbox', { name: 'Seed' }));
    await user.type(within(form).getByRole('textbox', { name: 'Seed' }), '2');
    await user.click(within(form).getByRole('button', { name: 'Generate' }));
    expect(calls()).not.toEqual(first);
  });

  it('says what is wrong with a field instead of generating', async () => {
    render(<SimulatorPane />);
    const form = screen.getByRole('form', { name: 'Generate calls' });
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Count' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Count' }), 'many');
    await userEvent.click(within(form).getByRole('button', { name: 'Generate' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Count is a whole number from 1 to 100000.',
    );
    expect(calls()).toEqual([]);
  });
});

describe('the Calls textbox', () => {
  it('reads a pasted trace, lists the bad lines by number and keeps the good ones', async () => {
    render(<SimulatorPane />);
    const box = screen.getByRole('textbox', { name: 'Calls' });
    const user = userEvent.setup();
    await user.click(box);
    await user.paste(
      [
        '{"name":"cache_set","arguments":{"key":"a"},"timestamp":"2026-01-01T00:00:02Z","grant":"g"}',
        '{"tool":"kv_set"',
        '{"tool":"kv_set","at":1767225601000,"expect":"approval"}',
        '{"args":{}}',
      ].join('\n'),
    );
    await waitFor(() => expect(calls()).toHaveLength(2));
    expect(calls()).toEqual([
      { tool: 'cache_set', args: { key: 'a' }, offset: 1000, grant: 'g' },
      { tool: 'kv_set', offset: 0, expect: 'approval' },
    ]);
    expect(useScenarioStore.getState().start).toBe(DEFAULT_START + 1000);
    expect(box).toHaveAccessibleDescription(
      /2 lines were skipped: Line 2: This line is not JSON Line 4: A call needs "tool"/,
    );
    expect(scenarioRows()).toHaveLength(2);
    expect(screen.getByText('Expectations: all 1 passed')).toBeInTheDocument();
  });

  it('says when a trace had more calls than a scenario holds', () => {
    const text = Array.from({ length: 100_003 }, () => '{"tool":"a"}').join('\n');
    act(() => useScenarioStore.getState().setCallsText(text));
    render(<SimulatorPane />);
    expect(
      screen.getByText(
        'The trace has 100,003 calls; a scenario holds at most 100,000, so only the first 100,000 were read.',
      ),
    ).toHaveAttribute('role', 'status');
  });

  it('shows the calls as JSON Lines when they change another way', async () => {
    act(() => useScenarioStore.getState().setCalls([{ tool: 'a', offset: 5, grant: 'g' }]));
    render(<SimulatorPane />);
    const box = screen.getByRole('textbox', { name: 'Calls' });
    expect(box).toHaveValue('{"tool":"a","offset":5,"grant":"g"}');
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate call 1' }));
    expect(box).toHaveValue(
      '{"tool":"a","offset":5,"grant":"g"}\n{"tool":"a","offset":5,"grant":"g"}',
    );
  });
});

describe('scenario.json', () => {
  it('saves the scenario as a download', async () => {
    act(() => useScenarioStore.getState().setCalls([{ tool: 'a', offset: 5, expect: 'deny' }]));
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:scenario';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<SimulatorPane />);
    await userEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(clicked).toHaveBeenCalledOnce();
    expect(JSON.parse(await blobText(saved!))).toEqual({
      version: 1,
      start: DEFAULT_START,
      calls: [{ tool: 'a', offset: 5, expect: 'deny' }],
    });
  });

  it('loads a scenario file, and says what is wrong with one that is not', async () => {
    render(<SimulatorPane />);
    const input = screen.getByLabelText('Load scenario');
    const good = JSON.stringify({
      version: 1,
      start: 0,
      calls: [{ tool: 'kv_set', offset: 60_000 }],
    });
    await userEvent.upload(input, new File([good], 'scenario.json', { type: 'application/json' }));
    await screen.findByText('Loaded scenario.json: 1 call.');
    expect(useScenarioStore.getState()).toMatchObject({
      start: 0,
      calls: [{ tool: 'kv_set', offset: 60_000 }],
    });

    const bad = JSON.stringify({ version: 1, start: 0, calls: [{ tool: 'kv_set' }] });
    await userEvent.upload(input, new File([bad], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^broken\.json: This is not a scenario file\. calls\.0\.offset: /,
    );
    expect(calls()).toEqual([{ tool: 'kv_set', offset: 60_000 }]);
  });
});

describe('keeping the scenario across reloads', () => {
  it('saves the scenario under its own key and restores it', () => {
    vi.useFakeTimers();
    const stop = startScenarioAutosave(localStorage, 10);
    act(() => useScenarioStore.getState().setCalls([{ tool: 'a', offset: 1 }]));
    vi.advanceTimersByTime(20);
    stop();
    vi.useRealTimers();
    expect(JSON.parse(localStorage.getItem(SCENARIO_KEY) ?? '')).toEqual({
      version: 1,
      start: DEFAULT_START,
      calls: [{ tool: 'a', offset: 1 }],
    });
    useScenarioStore.setState(initialScenario, true);
    restoreScenario(localStorage);
    expect(calls()).toEqual([{ tool: 'a', offset: 1 }]);
  });

  it('sets a corrupt value aside with a notice, and starts empty', () => {
    localStorage.setItem(SCENARIO_KEY, '{"version":1,"calls":"oops"');
    restoreScenario(localStorage);
    expect(localStorage.getItem(SCENARIO_KEY)).toBeNull();
    expect(localStorage.getItem(SCENARIO_SET_ASIDE_KEY)).toBe('{"version":1,"calls":"oops"');
    expect(lastNotice()).toMatch(/scenario could not be read, so it was set aside/);
    expect(calls()).toEqual([]);
  });
});
