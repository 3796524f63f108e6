import { rateCounterName } from '../counterName';
import type { Finding } from '../findings';
import { quote } from '../json';
import type { Limit } from '../schema';
import { limitSchema } from '../schema';
import type { Locator } from './locate';
import { isOutOfRange, outOfRangeMessage } from './outOfRange';
import { isPlainObject } from '../values';

const SHORTHAND_KEYS = ['max', 'window'];
const EXAMPLE = 'e.g. {"max": 10, "window": 60} or "5/hour"';
const N_PER_UNIT = /^(\d+)\/(second|minute|hour|day|\d+)$/;

type Parsed = { max: unknown; window: unknown } | null;

/** Reads both shorthand forms; reports what is wrong with them and returns null then. */
function readShorthand(
  shorthand: unknown,
  path: (string | number)[],
  locator: Locator,
  findings: Finding[],
): Parsed {
  if (typeof shorthand === 'string') {
    const match = N_PER_UNIT.exec(shorthand);
    if (!match) {
      const message = `rate_limit ${quote(shorthand)} is not of the form "N/unit" (unit: second, minute, hour, day or a number of seconds), e.g. "5/hour"`;
      findings.push(locator.at('error', message, path));
      return null;
    }
    const unit = match[2] as string;
    return { max: Number(match[1]), window: /^\d+$/.test(unit) ? Number(unit) : unit };
  }
  if (!isPlainObject(shorthand)) {
    findings.push(locator.at('error', `rate_limit is an object or a string, ${EXAMPLE}`, path));
    return null;
  }
  let ok = true;
  for (const key of Object.keys(shorthand)) {
    if (SHORTHAND_KEYS.includes(key)) continue;
    const message = `Unknown key ${quote(key)} in rate_limit: only "max" and "window" are allowed`;
    findings.push(locator.at('error', message, [...path, key], 'key'));
    ok = false;
  }
  const missing = SHORTHAND_KEYS.filter((k) => !Object.hasOwn(shorthand, k));
  if (missing.length > 0) {
    const message = `rate_limit needs ${missing.map((k) => quote(k)).join(' and ')}, ${EXAMPLE}`;
    findings.push(locator.at('error', message, path, 'start'));
    ok = false;
  }
  return ok ? { max: shorthand.max, window: shorthand.window } : null;
}

/**
 * Rewrites each rule's `rate_limit` shorthand (`{"max", "window"}` or `"N/unit"`) in place into
 * a limit appended to the rule's `limits`, with an info finding on the shorthand; a malformed
 * one is removed with an error, so the schema does not report it a second time.
 */
export function rewriteRateLimits(
  document: unknown,
  toolKeys: readonly string[],
  locator: Locator,
): Finding[] {
  const findings: Finding[] = [];
  if (!isPlainObject(document) || !Object.hasOwn(document, 'tools')) return findings;
  const tools = document.tools;
  if (!isPlainObject(tools)) return findings;
  for (const tool of toolKeys) {
    const rule = tools[tool];
    if (!isPlainObject(rule) || !Object.hasOwn(rule, 'rate_limit')) continue;
    const path = ['tools', tool, 'rate_limit'];
    const shorthand = rule.rate_limit;
    delete rule.rate_limit;
    const parsed = readShorthand(shorthand, path, locator, findings);
    if (parsed === null) continue;
    const candidate = {
      counter: rateCounterName(tool),
      window: parsed.window,
      max: parsed.max,
      scope: 'grant',
    };
    const checked = limitSchema.safeParse(candidate);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path[0];
        // The object form has a place for each field; the string form only as a whole.
        const at = isPlainObject(shorthand) && typeof field === 'string' ? [...path, field] : path;
        const value = field === 'window' ? parsed.window : parsed.max;
        const message = isOutOfRange(value)
          ? outOfRangeMessage(`${quote(String(field))} in rate_limit`)
          : issue.message.startsWith('Invalid input')
            ? `${quote(String(field))} in rate_limit must be a number, not ${JSON.stringify(value)}`
            : issue.message;
        findings.push(locator.at('error', message, at));
      }
      continue;
    }
    const limit: Limit = checked.data;
    const existing = rule.limits;
    if (existing === undefined) {
      rule.limits = [limit];
      locator.addRewrite(tool, -1);
    } else if (Array.isArray(existing)) {
      locator.addRewrite(tool, existing.length);
      existing.push(limit);
    } else {
      // `limits` itself is wrong: the schema reports it; there is nothing to append to.
      continue;
    }
    const index = (rule.limits as unknown[]).length - 1;
    const message = `rate_limit rewritten to the limit ${JSON.stringify(limit)} (tools › ${tool} › limits › ${index})`;
    findings.push(locator.at('info', message, path, 'key'));
  }
  return findings;
}
