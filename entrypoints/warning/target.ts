/**
 * The address the person was going to, from the warning page's fragment (set by the
 * background; a fragment is never sent to any server). Only http(s) addresses count.
 */
export function readTarget(hash: string): { url: string; host: string } | null {
  let url: URL;
  try {
    url = new URL(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!/^[a-z0-9.-]+$/.test(url.hostname)) return null;
  return { url: url.href, host: url.hostname };
}

/**
 * How many history entries "Revenir en arrière" must step back: over our own warning
 * entries just before this one (the background may push two when the look-alike wins the
 * race), and over the look-alike itself when one of those entries says it committed
 * (`?back=2`). `entries`: the
 * addresses of the tab's history entries of our origin, in order, ending with the current
 * one (the Navigation API gives exactly those).
 */
export function backSteps(entries: readonly string[]): number {
  let warnings = 0;
  let lookalikeBehind = false;
  for (let i = entries.length - 1; i >= 0; i--) {
    const url = new URL(entries[i]!);
    if (url.pathname !== '/warning.html') break;
    warnings++;
    if (url.searchParams.get('back') === '2') lookalikeBehind = true;
  }
  return Math.max(1, warnings) + (lookalikeBehind ? 1 : 0);
}
