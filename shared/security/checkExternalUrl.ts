/**
 * Decides whether a link may be handed to the system browser. Links in notes come from other people, so
 * a URL that hides where it really goes (credentials before the host, a look-alike host in mixed scripts,
 * a non-web scheme) is refused rather than opened.
 */
import { decodePunycode } from './punycode';

export type ExternalUrlVerdict =
  { allowed: true; url: string } | { allowed: false; reason: ExternalUrlRefusal };

export type ExternalUrlRefusal =
  | 'not-a-url'
  | 'too-long'
  | 'scheme-not-allowed'
  | 'has-credentials'
  | 'hidden-characters'
  | 'no-host'
  | 'mixed-script-host';

const MAX_URL_LENGTH = 2048;

/** Scripts that are confusable with each other when mixed inside one host label. */
const CONFUSABLE_SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

function labelMixesScripts(label: string): boolean {
  const seen = new Set<string>();
  for (const ch of label) {
    for (const [name, pattern] of CONFUSABLE_SCRIPTS) {
      if (pattern.test(ch)) seen.add(name);
    }
  }
  return seen.size > 1;
}

export function checkExternalUrl(raw: string): ExternalUrlVerdict {
  if (raw.length > MAX_URL_LENGTH) return { allowed: false, reason: 'too-long' };
  // The URL parser silently strips tabs, newlines and surrounding spaces, and treats a backslash as a
  // slash; a link that relies on any of these is hiding something.
  // Control and invisible characters are exactly what this check looks for.
  // eslint-disable-next-line no-control-regex
  if (/[\s\\\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(raw)) {
    return { allowed: false, reason: 'hidden-characters' };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { allowed: false, reason: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { allowed: false, reason: 'scheme-not-allowed' };
  if (url.username !== '' || url.password !== '') return { allowed: false, reason: 'has-credentials' };
  if (url.hostname === '') return { allowed: false, reason: 'no-host' };
  for (const label of url.hostname.split('.')) {
    if (!label.startsWith('xn--')) continue;
    const decoded = decodePunycode(label.slice(4));
    if (decoded === null || labelMixesScripts(decoded))
      return { allowed: false, reason: 'mixed-script-host' };
  }
  return { allowed: true, url: url.href };
}
