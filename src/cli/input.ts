import { readFile } from 'node:fs/promises';
import {
  parsePolicy,
  parseToolList,
  type Finding,
  type ParsePolicyResult,
  type Tool,
} from '../core';
import { CliError } from './cliError';

/** `-` is standard input, read once. */
export const STDIN = '-';

let stdinTaken = false;

async function readStdin(): Promise<string> {
  if (stdinTaken) throw new CliError('Only one input can be read from standard input (-)');
  stdinTaken = true;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** How a file is named in messages. */
export function displayName(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}

function readProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EISDIR') return `${path}: is a directory, not a file`;
  if (code === 'EACCES') return `${path}: permission denied`;
  return `${path}: cannot be read (${code ?? String(error)})`;
}

/** The text of a file, or of standard input for `-`. */
export async function readText(path: string): Promise<string> {
  if (path === STDIN) return readStdin();
  try {
    const text = await readFile(path, 'utf8');
    // A byte-order mark is not part of the JSON.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new CliError(readProblem(path, error));
  }
}

/** `file:line:column: severity: message`, the form editors and CI logs link. */
export function findingLine(file: string, f: Finding): string {
  return `${displayName(file)}:${f.line}:${f.column}: ${f.severity}: ${f.message}`;
}

/** The tools of a tools/list file; a file that is no tool list is a one-line error. */
export async function readTools(path: string): Promise<Tool[]> {
  const result = parseToolList(await readText(path));
  if (!result.ok) {
    const first = result.findings.find((f) => f.severity === 'error') ?? result.findings[0];
    const where = first ? `:${first.line}:${first.column}` : '';
    throw new CliError(
      `${displayName(path)}${where}: not a tool list: ${first?.message ?? 'unreadable'}`,
    );
  }
  return result.tools;
}

export interface ReadPolicy {
  text: string;
  result: ParsePolicyResult;
}

/** A policy file's text and what `parsePolicy` makes of it. */
export async function readPolicy(path: string, tools?: readonly Tool[]): Promise<ReadPolicy> {
  const text = await readText(path);
  return { text, result: parsePolicy(text, tools ? { tools } : {}) };
}

/** A valid policy, or the exit of a command that needs one: its errors on stderr, status 1. */
export async function readValidPolicy(path: string, tools?: readonly Tool[]) {
  const { result } = await readPolicy(path, tools);
  if (!result.ok) {
    const errors = result.findings.filter((f) => f.severity === 'error');
    const lines = errors.map((f) => findingLine(path, f));
    throw new CliError(
      `${displayName(path)} is not a valid policy (run mcp-policy check):\n${lines.join('\n')}`,
      1,
    );
  }
  return result.policy;
}
