// Runs inside the page (added as init scripts): times one interaction from its input event to
// what the user sees, and marks when the app became usable. It is the benchmark's own script in
// the page it drives; the app has no hook for it.

/** What has to hold for an interaction to be done. */
export type Until =
  /** Something inside `within` changed (outside `ignore`), then the next frame. */
  | { kind: 'mutation'; within: string; ignore: string | null }
  /** The Monaco model's text differs from what it was when armed (no frame wait). */
  | { kind: 'editorChanged' }
  /** The radio `value` of the radio group named `group` is checked and enabled, then a frame. */
  | { kind: 'radioChecked'; group: string; value: string }
  /** The first element matching `selector` reads `text`, then the next frame. */
  | { kind: 'text'; selector: string; text: string }
  /** The first element matching `selector` has attribute `name` = `value`, then the next frame. */
  | { kind: 'attribute'; selector: string; name: string; value: string };

export interface ArmOptions {
  /** The input event that starts the clock (the first one after arming). */
  event: 'keydown' | 'click' | 'input';
  until: Until;
  timeoutMs: number;
}

/** Times in ms since navigation: `start` is the event's own time stamp. */
export type TrialResult =
  { ok: true; start: number; handlerStart: number; end: number } | { ok: false; error: string };

export interface Probe {
  arm(options: ArmOptions): Promise<void>;
  result: Promise<TrialResult> | null;
}

export interface StartupMarks {
  /** "Load tools" enabled and the "Default decision" radios enabled, painted. */
  forms?: number;
  /** Monaco's text view is in the page, painted. */
  editor?: number;
}

export interface BenchWindow {
  __benchProbe: Probe;
  __benchMarks: StartupMarks;
  __policyEditor?: { getValue(): string; getVersionId?(): number };
}

/** Installs `__benchProbe` in the page (init script; must not reference anything outside). */
export function installProbe(): void {
  const w = window as unknown as BenchWindow;
  const nextFrame = () =>
    new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
  const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

  w.__benchProbe = {
    result: null,
    async arm(options: ArmOptions) {
      // Let the previous interaction's work finish so trials do not overlap.
      await nextFrame();
      await nextFrame();
      await nextTask();
      const until = options.until;
      const editorText = () => w.__policyEditor?.getValue() ?? '';
      // The model's version id says "changed" without copying a 1 MB text on every check (which
      // would make the probe itself cost more on large policies than on small ones).
      const editorState = () => String(w.__policyEditor?.getVersionId?.() ?? '') || editorText();
      const before = until.kind === 'editorChanged' ? editorState() : '';
      let start = -1;
      let handlerStart = -1;
      let mutated = false;
      let done = false;

      const met = (): boolean => {
        switch (until.kind) {
          case 'mutation':
            return mutated;
          case 'editorChanged':
            return editorState() !== before;
          case 'radioChecked': {
            const group = document.querySelector(
              `[role="radiogroup"][aria-label="${CSS.escape(until.group)}"]`,
            );
            const radio = group?.querySelector<HTMLInputElement>(
              `input[type="radio"][value="${CSS.escape(until.value)}"]`,
            );
            return radio !== null && radio !== undefined && radio.checked && !radio.disabled;
          }
          case 'text':
            return document.querySelector(until.selector)?.textContent === until.text;
          case 'attribute':
            return document.querySelector(until.selector)?.getAttribute(until.name) === until.value;
        }
      };

      this.result = new Promise<TrialResult>((resolve) => {
        let frameLoop = 0;
        let timerLoop: ReturnType<typeof setTimeout> | undefined;
        let seen = false;
        const observer = new MutationObserver((records) => {
          if (start < 0) return;
          if (until.kind === 'mutation' && !mutated) {
            const within = document.querySelector(until.within);
            const ignore = until.ignore === null ? null : document.querySelector(until.ignore);
            mutated = records.some(
              (r) => within !== null && within.contains(r.target) && !ignore?.contains(r.target),
            );
          }
          check();
        });
        const finish = (result: TrialResult) => {
          if (done) return;
          done = true;
          observer.disconnect();
          cancelAnimationFrame(frameLoop);
          clearTimeout(timerLoop);
          clearTimeout(deadline);
          window.removeEventListener(options.event, onEvent, true);
          window.removeEventListener(options.event, afterEvent);
          resolve(result);
        };
        const check = () => {
          if (done || seen || start < 0 || !met()) return;
          seen = true;
          if (until.kind === 'editorChanged') {
            finish({ ok: true, start, handlerStart, end: performance.now() });
          } else {
            requestAnimationFrame(() =>
              finish({ ok: true, start, handlerStart, end: performance.now() }),
            );
          }
        };
        const onEvent = (event: Event) => {
          if (start >= 0) return;
          handlerStart = performance.now();
          // The event's time stamp is when the input arrived, so time spent queued counts too.
          const stamp = event.timeStamp;
          start = stamp > 0 && stamp <= handlerStart ? stamp : handlerStart;
        };
        const afterEvent = () => {
          check();
          queueMicrotask(check);
        };
        const frame = () => {
          check();
          if (!done) frameLoop = requestAnimationFrame(frame);
        };
        const timer = () => {
          check();
          if (!done) timerLoop = setTimeout(timer, 0);
        };
        const deadline = setTimeout(
          () => finish({ ok: false, error: start < 0 ? 'no input event' : 'timed out' }),
          options.timeoutMs,
        );
        window.addEventListener(options.event, onEvent, true);
        window.addEventListener(options.event, afterEvent);
        observer.observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        frameLoop = requestAnimationFrame(frame);
        // Reading a large model on every task would slow the page down: frames suffice there.
        if (until.kind !== 'editorChanged') timerLoop = setTimeout(timer, 0);
      });
    },
  };
}

/** Installs `__benchMarks`: when the forms, and Monaco, became usable (init script). */
export function installStartupMarks(): void {
  const w = window as unknown as BenchWindow;
  const marks: StartupMarks = {};
  w.__benchMarks = marks;
  const formsReady = (): boolean => {
    const load = Array.from(document.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Load tools',
    );
    const radios = document.querySelectorAll<HTMLInputElement>(
      '[role="radiogroup"][aria-label="Default decision"] input[type="radio"]',
    );
    return (
      load !== undefined &&
      !load.disabled &&
      radios.length > 0 &&
      Array.from(radios).every((r) => !r.disabled)
    );
  };
  let formsSeen = false;
  let editorSeen = false;
  const check = () => {
    if (!formsSeen && formsReady()) {
      formsSeen = true;
      requestAnimationFrame(() => (marks.forms = performance.now()));
    }
    if (!editorSeen && document.querySelector('.monaco-editor .view-lines') !== null) {
      editorSeen = true;
      requestAnimationFrame(() => (marks.editor = performance.now()));
    }
    if (formsSeen && editorSeen) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}
