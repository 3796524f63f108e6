import { useState, type FormEvent } from 'react';
import { burstCalls, loopCalls, mixCalls, MAX_SCENARIO_CALLS, type ScenarioCall } from '../core';
import { wholeNumber } from './format';
import { useScenarioStore } from './scenarioStore';
import type { ToolChoices } from './useToolNames';

type Kind = 'loop' | 'burst' | 'mix';

const KINDS: { id: Kind; label: string; hint: string }[] = [
  {
    id: 'loop',
    label: 'Loop',
    hint: 'one tool, one call every few ms, from one grant: the runaway agent',
  },
  { id: 'burst', label: 'Burst', hint: 'many calls of one tool at the same moment' },
  {
    id: 'mix',
    label: 'Mix',
    hint: 'random calls over the known tools; the same seed gives the same calls',
  },
];

interface Fields {
  tool: string;
  count: string;
  every: string;
  from: string;
  grant: string;
  seed: string;
  spread: string;
  grants: string;
}

const INITIAL: Fields = {
  tool: '',
  count: '40',
  every: '1500',
  from: '0',
  grant: '',
  seed: '1',
  spread: '60000',
  grants: '3',
};

type Built = { ok: true; calls: ScenarioCall[] } | { ok: false; message: string };

function build(kind: Kind, f: Fields, choices: ToolChoices, fallbackTool: string): Built {
  const count = wholeNumber(f.count);
  const from = wholeNumber(f.from);
  if (count === null || count < 1 || count > MAX_SCENARIO_CALLS) {
    return { ok: false, message: `Count is a whole number from 1 to ${MAX_SCENARIO_CALLS}.` };
  }
  if (from === null) return { ok: false, message: 'From is a whole number of ms after the start.' };
  if (kind === 'mix') {
    const seed = wholeNumber(f.seed);
    const spread = wholeNumber(f.spread);
    const grants = wholeNumber(f.grants);
    if (seed === null) return { ok: false, message: 'The seed is a whole number.' };
    if (spread === null || spread < 1) return { ok: false, message: 'Spread is at least 1 ms.' };
    if (grants === null || grants < 1) return { ok: false, message: 'Grants is at least 1.' };
    if (choices.names.length === 0) {
      return { ok: false, message: 'Mix needs tools: load a tool list or add rules first.' };
    }
    const tools = choices.names.map((name) => ({ name, inputSchema: choices.schemas.get(name) }));
    return { ok: true, calls: mixCalls({ tools, count, seed, from, spanMs: spread, grants }) };
  }
  const tool = f.tool.trim() === '' ? fallbackTool : f.tool.trim();
  if (tool === '') return { ok: false, message: 'Name the tool to call.' };
  const one = { tool, from, ...(f.grant === '' ? {} : { grant: f.grant }) };
  if (kind === 'burst') return { ok: true, calls: burstCalls({ ...one, count }) };
  const every = wholeNumber(f.every);
  if (every === null || every < 0) return { ok: false, message: 'Every is a whole number of ms.' };
  return { ok: true, calls: loopCalls({ ...one, count, everyMs: every }) };
}

/** Makes calls in bulk: a loop, a burst or a seeded random mix. */
export function GeneratorForm({
  choices,
  toolListId,
}: {
  choices: ToolChoices;
  toolListId: string;
}) {
  const setCalls = useScenarioStore((s) => s.setCalls);
  const appendCalls = useScenarioStore((s) => s.appendCalls);
  const showResults = useScenarioStore((s) => s.showResults);
  const [kind, setKind] = useState<Kind>('loop');
  const [fields, setFields] = useState<Fields>(INITIAL);
  const [replace, setReplace] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const fallbackTool = choices.names[0] ?? '';

  const field = (
    key: keyof Fields,
    label: string,
    props: { numeric?: boolean; placeholder?: string } = {},
  ) => (
    <label className="sim-field">
      <span>{label}</span>
      <input
        value={fields[key]}
        inputMode={props.numeric ? 'numeric' : undefined}
        placeholder={props.placeholder}
        list={key === 'tool' ? toolListId : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
      />
    </label>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = build(kind, fields, choices, fallbackTool);
    if (!built.ok) {
      setProblem(built.message);
      return;
    }
    setProblem(null);
    if (replace) setCalls(built.calls);
    else appendCalls(built.calls);
    showResults(null);
  };

  return (
    <form className="sim-generator" aria-label="Generate calls" onSubmit={submit}>
      <div role="radiogroup" aria-label="Generator" className="sim-kinds">
        {KINDS.map((k) => (
          <label key={k.id} title={k.hint}>
            <input
              type="radio"
              name="sim-generator-kind"
              checked={kind === k.id}
              onChange={() => setKind(k.id)}
            />
            {k.label}
          </label>
        ))}
      </div>
      {kind !== 'mix' && field('tool', 'Tool', { placeholder: fallbackTool })}
      {field('count', 'Count', { numeric: true })}
      {kind === 'loop' && field('every', 'Every (ms)', { numeric: true })}
      {field('from', 'From (ms)', { numeric: true })}
      {kind !== 'mix' && field('grant', 'Grant', { placeholder: 'default' })}
      {kind === 'mix' && field('seed', 'Seed', { numeric: true })}
      {kind === 'mix' && field('spread', 'Spread over (ms)', { numeric: true })}
      {kind === 'mix' && field('grants', 'Grants', { numeric: true })}
      <label className="sim-check">
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
        Replace the current calls
      </label>
      <button type="submit">Generate</button>
      <p className="hint sim-generator-hint">{KINDS.find((k) => k.id === kind)?.hint}</p>
      {problem !== null && (
        <p role="alert" className="sim-error">
          {problem}
        </p>
      )}
    </form>
  );
}
