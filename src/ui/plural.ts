/** "1 rule", "3 rules": a count with its noun (the plural defaults to the noun plus "s"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
