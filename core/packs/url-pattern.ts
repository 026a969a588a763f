import { hostMatches } from '../portals/registry';

/**
 * Page URL patterns of guide packs — a small glob syntax, tested in url-pattern.test.ts:
 *
 *   https://<host>/<path>[?<key>=<value>&…][#<fragment>]
 *
 * - host: exact (`www.caf.fr`) or `*.caf.fr` (the domain and its subdomains);
 * - `*` in the path, a query value or the fragment matches any run of characters;
 * - a trailing slash does not matter (`/espace/` = `/espace`);
 * - no `?` part: any query matches; with one, each listed pair must be in the URL
 *   (in any order; other pairs may be there too) — for SPA steps like `?etape=2`;
 * - no `#` part: any fragment matches; with one, the fragment must match — for hash
 *   routes like `#/particuliers/*`.
 */
export interface UrlPattern {
  host: string;
  path: RegExp;
  query: Array<[string, RegExp]>;
  hash: RegExp | null;
  /** Higher = more specific: query pairs and fragment first, then literal path length. */
  specificity: number;
}

const SHAPE = /^https:\/\/((?:\*\.)?[a-z0-9.-]+)(\/[^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

function glob(source: string): RegExp {
  const body = source.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`);
}

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** Parses a pattern, or null when it is not of the form above (the validator says why). */
export function parseUrlPattern(pattern: string): UrlPattern | null {
  const m = SHAPE.exec(pattern);
  if (!m) return null;
  const [, host = '', path = '/', query, hash] = m;
  const pairs: Array<[string, RegExp]> = [];
  for (const pair of query ? query.split('&') : []) {
    const [key, value = ''] = pair.split('=');
    if (!key) return null;
    pairs.push([key, glob(value)]);
  }
  const literal = path.replace(/\*/g, '').length;
  return {
    host,
    path: glob(trimSlash(path)),
    query: pairs,
    hash: hash === undefined ? null : glob(hash),
    specificity: (pairs.length + (hash === undefined ? 0 : 1)) * 10_000 + literal,
  };
}

/** The pattern's specificity when `url` matches it, else null. Only https URLs match. */
export function matchUrlPattern(pattern: UrlPattern | null, url: string): number | null {
  if (!pattern) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !hostMatches(pattern.host, parsed.hostname)) return null;
  if (!pattern.path.test(trimSlash(parsed.pathname))) return null;
  for (const [key, value] of pattern.query) {
    const actual = parsed.searchParams.get(key);
    if (actual === null || !value.test(actual)) return null;
  }
  if (pattern.hash && !pattern.hash.test(parsed.hash.replace(/^#/, ''))) return null;
  return pattern.specificity;
}
