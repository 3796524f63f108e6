import { defaultTreatment, TREATMENTS, treatmentFinder, type Treatment } from '../diff/treatment';
import { describeLimit } from '../diff/limitChanges';
import type { Limit, Policy } from '../schema';
import { RISKS, type Risk, type Tool } from '../tools/tool';
import { joinWords } from './context';
import { riskMatrix, type RiskMatrix } from './matrix';

/** One group of the summary: the tools of one treatment and risk, in plain words. */
export interface SummaryLine {
  treatment: Treatment;
  risk: Risk;
  tools: string[];
  text: string;
}

/** What a policy lets an agent do over a tool list (see `summarizePolicy`). */
export interface PolicySummary {
  lines: SummaryLine[];
  /** What happens to every other tool: "Everything else is denied by default." */
  otherwise: string;
  matrix: RiskMatrix;
}

/** Names are listed up to this many; beyond, the group is counted. */
const LISTED = 3;

const VERB: Readonly<Record<Treatment, [one: string, many: string]>> = {
  allow: ['is allowed with no limit', 'are allowed with no limit'],
  limited: ['is allowed within limits', 'are allowed within limits'],
  approval: ['waits for approval', 'wait for approval'],
  deny: ['is denied', 'are denied'],
  hidden: ['is hidden', 'are hidden'],
};

function subject(tools: readonly string[], risk: Risk): string {
  const level = `${risk.toLowerCase()}-risk`;
  if (tools.length <= LISTED) return `${joinWords(tools)} (${level})`;
  return `${tools.length} ${level} tools`;
}

function limitKey(limit: Limit): string {
  return `${limit.max}/${String(limit.window)}/${limit.scope ?? 'grant'}`;
}

/** "at most 30 a minute per grant" when every tool of the group has the same single limit. */
function sharedLimit(limits: readonly (readonly Limit[])[]): string | null {
  const first = limits[0];
  if (first === undefined || first.length !== 1) return null;
  const key = limitKey(first[0]!);
  if (!limits.every((l) => l.length === 1 && limitKey(l[0]!) === key)) return null;
  const limit = first[0]!;
  const rate = describeLimit(limit);
  const per = rate.slice(rate.indexOf(' per ') + 5, rate.lastIndexOf(' ('));
  return `at most ${limit.max} a ${per} per ${limit.scope ?? 'grant'}`;
}

function otherwise(policy: Policy): string {
  const treatment = defaultTreatment(policy);
  if (treatment === 'hidden') return 'Every tool is hidden ("hide": "*").';
  if (treatment === 'deny') return 'Everything else is denied by default.';
  return 'Everything else is allowed by default.';
}

/**
 * What a policy lets an agent do, in plain words, grouped by decision (allowed, limited,
 * approval, denied, hidden) and risk (highest first), with the risk × decision matrix.
 */
export function summarizePolicy(policy: Policy, tools: readonly Tool[]): PolicySummary {
  const matrix = riskMatrix(policy, tools);
  const treatmentOf = treatmentFinder(policy);
  const lines: SummaryLine[] = [];
  for (const treatment of TREATMENTS) {
    for (const risk of [...RISKS].reverse()) {
      const names = matrix.rows[RISKS.indexOf(risk)]!.cells[treatment];
      if (names.length === 0) continue;
      const [one, many] = VERB[treatment];
      let text = `${subject(names, risk)} ${names.length === 1 ? one : many}`;
      if (treatment === 'limited' || treatment === 'approval') {
        const limit = sharedLimit(names.map((n) => treatmentOf(n).limits));
        if (limit !== null) text += `, ${limit}`;
        else if (treatment === 'limited') text += ' or conditions';
      }
      lines.push({ treatment, risk, tools: names, text: `${text}.` });
    }
  }
  return { lines, otherwise: otherwise(policy), matrix };
}

const COLUMN_TITLES: Readonly<Record<Treatment, string>> = {
  allow: 'Allowed',
  limited: 'Limited',
  approval: 'Approval',
  deny: 'Denied',
  hidden: 'Hidden',
};

/** The summary as Markdown for a pull request description: the sentences, then the matrix. */
export function summaryMarkdown(summary: PolicySummary): string {
  const bullets = [...summary.lines.map((l) => l.text), summary.otherwise].map(
    (text) => `- ${escapeMarkdown(text)}`,
  );
  const header = `| Risk | ${TREATMENTS.map((t) => COLUMN_TITLES[t]).join(' | ')} |`;
  const rule = `| --- | ${TREATMENTS.map(() => '---:').join(' | ')} |`;
  const rows = summary.matrix.rows.map(
    (row) => `| ${row.risk} | ${TREATMENTS.map((t) => row.cells[t].length).join(' | ')} |`,
  );
  return [
    '### What this policy lets an agent do',
    '',
    ...bullets,
    '',
    header,
    rule,
    ...rows,
    '',
  ].join('\n');
}

// Tool names are untrusted text: characters Markdown would read as formatting are escaped.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}

export { COLUMN_TITLES as TREATMENT_TITLES };
