import { useRef, useState } from 'react';
import { formatScenario, parseScenario, type ScenarioCall } from '../core';
import { DraftInput } from './DraftInput';
import { formatUtc } from './format';
import { readMoment } from './readers';
import { useScenarioStore } from './scenarioStore';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// FileReader rather than File.text(): the same in every browser and in jsdom.
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}

/** Start time, add a call, save and load scenario.json, clear. */
export function ScenarioBar({ defaultTool }: { defaultTool: string }) {
  const start = useScenarioStore((s) => s.start);
  const count = useScenarioStore((s) => s.calls.length);
  const setStart = useScenarioStore((s) => s.setStart);
  const addCall = useScenarioStore((s) => s.addCall);
  const setCalls = useScenarioStore((s) => s.setCalls);
  const loadScenario = useScenarioStore((s) => s.loadScenario);
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const add = () => {
    const last = useScenarioStore.getState().calls.at(-1);
    const call: ScenarioCall = {
      tool: last?.tool ?? defaultTool,
      offset: last === undefined ? 0 : last.offset + 1000,
    };
    if (last?.grant !== undefined) call.grant = last.grant;
    if (last?.session !== undefined) call.session = last.session;
    addCall(call);
  };

  const save = () => {
    const { start: s, calls } = useScenarioStore.getState();
    download(formatScenario({ version: 1, start: s, calls }), 'scenario.json');
  };

  const load = async (file: File) => {
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setMessage({ error: true, text: `${file.name} could not be read.` });
      return;
    }
    const result = parseScenario(text);
    if (result.ok) {
      loadScenario(result.scenario);
      const n = result.scenario.calls.length;
      setMessage({
        error: false,
        text: `Loaded ${file.name}: ${n} ${n === 1 ? 'call' : 'calls'}.`,
      });
    } else {
      setMessage({ error: true, text: `${file.name}: ${result.message}` });
    }
  };

  return (
    <div className="sim-bar">
      <label className="sim-field">
        <span>Start (UTC)</span>
        <DraftInput
          className="sim-start"
          spellCheck={false}
          text={formatUtc(start)}
          read={readMoment}
          onCommit={setStart}
        />
      </label>
      <button type="button" data-focus="add-call" onClick={add}>
        Add call
      </button>
      <button type="button" onClick={save}>
        Save scenario
      </button>
      <button type="button" onClick={() => fileRef.current?.click()}>
        Load scenario…
      </button>
      {/* The browser's own file control is unstyled: the button above opens it. */}
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        aria-label="Load scenario"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void load(file);
          if (fileRef.current) fileRef.current.value = '';
        }}
      />
      <button type="button" disabled={count === 0} onClick={() => setCalls([])}>
        Clear calls
      </button>
      {message !== null && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'sim-error' : 'hint'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
