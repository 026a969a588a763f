import type { Pack, PackPage } from './schema';
import { matchUrlPattern, parseUrlPattern } from './url-pattern';

export interface PageMatch {
  pack: Pack;
  page: PackPage;
  specificity: number;
}

/** The pack page that best matches `url` (most specific pattern), or null. */
export function pageOf(pack: Pack, url: string): { page: PackPage; specificity: number } | null {
  let best: { page: PackPage; specificity: number } | null = null;
  for (const page of pack.pages) {
    for (const pattern of page.urlPatterns) {
      const specificity = matchUrlPattern(parseUrlPattern(pattern), url);
      if (specificity !== null && (!best || specificity > best.specificity)) best = { page, specificity };
    }
  }
  return best;
}

/**
 * Every pack with a page for `url`, most specific first; on a tie the more focused pack
 * (fewer pages: "se connecter" before a whole procedure that starts with the login),
 * then the packs' order.
 */
export function packsForUrl(url: string, packs: readonly Pack[]): PageMatch[] {
  return packs
    .map((pack) => ({ pack, found: pageOf(pack, url) }))
    .filter((m): m is { pack: Pack; found: NonNullable<typeof m.found> } => m.found !== null)
    .map(({ pack, found }) => ({ pack, ...found }))
    .sort((a, b) => b.specificity - a.specificity || a.pack.pages.length - b.pack.pages.length);
}

export interface GuideChoice {
  pack: Pack | null;
  /** The page of `pack` this URL is, or null (a walkthrough paused on a page it does not cover). */
  page: string | null;
  /** Other packs with a walkthrough from this page, offered as "Commencer le guide" too. */
  others: Array<{ id: string; title: string }>;
}

/**
 * Which pack guides this URL. The pack of the walkthrough running in the tab wins when it
 * covers the page (two packs can cover the same login page); otherwise the most specific
 * match; otherwise, while a walkthrough runs, its pack without a page (shown as paused).
 */
export function chooseGuide(url: string, packs: readonly Pack[], runningPackId: string | null = null): GuideChoice {
  const running = runningPackId ? packs.find((p) => p.id === runningPackId) ?? null : null;
  const matches = packsForUrl(url, packs);
  const chosen = (running && matches.find((m) => m.pack === running)) || matches[0];
  if (!chosen) return { pack: running, page: null, others: [] };
  const others = matches
    .filter((m) => m !== chosen && m.pack.steps.length > 0)
    .map(({ pack }) => ({ id: pack.id, title: pack.title }));
  return { pack: chosen.pack, page: chosen.page.id, others };
}
