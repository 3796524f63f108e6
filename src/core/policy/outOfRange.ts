/** True for a number JSON can write but JavaScript cannot hold (1e400 reads as Infinity). */
export function isOutOfRange(value: unknown): boolean {
  return typeof value === 'number' && !Number.isFinite(value);
}

/** What is wrong with a number beyond the range of numbers, naming its place. */
export function outOfRangeMessage(subject: string): string {
  return `${subject} is out of range: a number beyond about ±1.8e308 is too large to hold and reads as infinity`;
}
