/** Writes command output; a closed pipe (`| head`) ends the output quietly. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
}

/** A note for the person (stderr), so that stdout stays machine-readable. */
export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Pretty JSON with a trailing newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
