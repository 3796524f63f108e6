const MAX_QUOTED = 80;

/** A string as a JSON literal for messages, shortened when long ("abc…"). */
export function quote(text: string): string {
  const shown = text.length > MAX_QUOTED ? text.slice(0, MAX_QUOTED) + '…' : text;
  return JSON.stringify(shown);
}
