import * as z from 'zod/mini';
import { findPortal, officialRegistry } from '../portals/registry';
import type { PortalRegistry } from '../portals/registry-schema';

/**
 * The clean desk (C4): what the background remembers of the session so that the person can
 * leave nothing behind, and the pure decisions of the checklist page.
 *
 * The trail holds portal ids with their origins (`https://www.caf.fr`: no path, no title)
 * and download ids (numbers: no file name, no URL). It lives in storage.session only,
 * is capped, and is erased when the receipt is shown.
 */
export const SessionTrail = z.object({
  portals: z.array(z.object({ portal: z.string(), origin: z.string() })),
  downloads: z.array(z.int()),
});
export type SessionTrail = z.infer<typeof SessionTrail>;

export const emptyTrail = (): SessionTrail => ({ portals: [], downloads: [] });

/** Caps: a day at a France Services desk stays far below; a runaway page cannot grow storage. */
export const MAX_TRAIL_PORTALS = 60;
export const MAX_TRAIL_DOWNLOADS = 200;

/**
 * Notes that an official portal was used, from the URL the browser reported for our
 * content script. Only the origin is kept; an URL that is not official changes nothing.
 */
export function withPortalVisit(trail: SessionTrail, url: string, registry: PortalRegistry = officialRegistry): SessionTrail {
  const portal = findPortal(url, registry);
  if (!portal) return trail;
  const origin = new URL(url).origin;
  if (trail.portals.some((p) => p.portal === portal.id && p.origin === origin)) return trail;
  if (trail.portals.length >= MAX_TRAIL_PORTALS) return trail;
  return { ...trail, portals: [...trail.portals, { portal: portal.id, origin }] };
}

/** Notes a download id (the file itself is looked up only when the page shows it). */
export function withDownload(trail: SessionTrail, id: number): SessionTrail {
  if (!Number.isInteger(id) || trail.downloads.includes(id) || trail.downloads.length >= MAX_TRAIL_DOWNLOADS) return trail;
  return { ...trail, downloads: [...trail.downloads, id] };
}

export const LogoutLink = z.object({ url: z.string(), label: z.string() });
export type LogoutLink = z.infer<typeof LogoutLink>;

/** What a guide pack says about leaving a portal (the shape of `Pack` that matters here). */
export interface PackLogout {
  portal: string;
  logout: LogoutLink | null;
}

/**
 * The logout link of each portal, from the guide packs: the first pack of that portal with
 * a link that is https and on one of that portal's own hosts; otherwise null (the page
 * gives the generic advice). A pack cannot send people elsewhere.
 */
export function logoutLinksFor(
  portalIds: readonly string[],
  packs: readonly PackLogout[],
  registry: PortalRegistry = officialRegistry,
): Record<string, LogoutLink | null> {
  const links: Record<string, LogoutLink | null> = {};
  for (const id of portalIds) {
    const pack = packs.find((p) => p.portal === id && p.logout && findPortal(p.logout.url, registry)?.id === id);
    links[id] = pack?.logout ?? null;
  }
  return links;
}

export const ChecklistPortal = z.object({
  id: z.string(),
  name: z.string(),
  /** Origins used in this session (`https://assure.ameli.fr`), for site data. */
  origins: z.array(z.string()),
  /** Match patterns of all the portal's hosts, to find its open tabs. */
  tabPatterns: z.array(z.string()),
  logout: z.nullable(LogoutLink),
});
export type ChecklistPortal = z.infer<typeof ChecklistPortal>;

/** What the clean-desk page works from (the `cleandesk.checklist` answer). */
export const Checklist = z.object({ portals: z.array(ChecklistPortal), downloadIds: z.array(z.int()) });
export type Checklist = z.infer<typeof Checklist>;

/** The checklist the page shows, from the trail: one entry per portal, in order of first use. */
export function buildChecklist(
  trail: SessionTrail,
  logoutLinks: Record<string, LogoutLink | null>,
  registry: PortalRegistry = officialRegistry,
): Checklist {
  const portals: ChecklistPortal[] = [];
  for (const { portal: id, origin } of trail.portals) {
    const entry = registry.portals.find((p) => p.id === id);
    if (!entry) continue;
    let item = portals.find((p) => p.id === id);
    if (!item) {
      item = { id, name: entry.name, origins: [], tabPatterns: entry.hosts.map((h) => `https://${h}/*`), logout: logoutLinks[id] ?? null };
      portals.push(item);
    }
    if (!item.origins.includes(origin)) item.origins.push(origin);
  }
  return { portals, downloadIds: [...trail.downloads] };
}

/**
 * What to ask `browsingData.remove` for. Chrome filters by `origins` (cookies go for the
 * whole registrable domain); Firefox by `hostnames` and on fewer data types. The page tries
 * the Chrome form first and falls back to the Firefox one.
 */
export function siteDataRemoval(portals: readonly ChecklistPortal[]): {
  chrome: { options: { origins: string[] }; dataTypes: Record<string, true> };
  firefox: { options: { hostnames: string[] }; dataTypes: Record<string, true> };
} {
  const origins = [...new Set(portals.flatMap((p) => p.origins))].sort();
  const hostnames = [...new Set(origins.map((o) => new URL(o).hostname))];
  return {
    chrome: {
      options: { origins },
      dataTypes: { cookies: true, localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true, fileSystems: true, webSQL: true },
    },
    firefox: { options: { hostnames }, dataTypes: { cookies: true, localStorage: true, indexedDB: true, serviceWorkers: true } },
  };
}

/** The file name to show for a download path (never stored): the last part of the path. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? '';
}

/** A size in plain French units ("2,4 Mo", "830 octets"). */
export function readableSize(bytes: number, lang: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const units = lang === 'fr' ? ['octets', 'Ko', 'Mo', 'Go'] : ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = unit === 0 ? String(Math.round(value)) : value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  return `${shown} ${units[unit]}`;
}

export type StepOutcome<T> = { status: 'pending' } | { status: 'skipped' } | { status: 'done'; result: T };

export interface CleanDeskOutcomes {
  logout: StepOutcome<{ confirmed: boolean }>;
  files: StepOutcome<{ deleted: number; failed: number; kept: number }>;
  siteData: StepOutcome<{ cleared: boolean }>;
  tabs: StepOutcome<{ closed: number }>;
}

/** One line of the receipt: which step, and what happened in counts (nothing personal). */
export interface ReceiptLine {
  step: 'logout' | 'files' | 'siteData' | 'tabs';
  status: 'done' | 'skipped' | 'nothing';
  /** How many portals, files or tabs the step handled. */
  count: number;
  /** How many it could not handle (files not deleted, site data not cleared). */
  failed: number;
}

/** The receipt, from the outcomes of the steps: skipped and pending steps say so. */
export function receiptLines(outcomes: CleanDeskOutcomes, checklist: Checklist): ReceiptLine[] {
  const line = (step: ReceiptLine['step'], status: ReceiptLine['status'], count = 0, failed = 0): ReceiptLine => ({ step, status, count, failed });
  const { logout, files, siteData, tabs } = outcomes;
  const portals = checklist.portals.length;
  const ifAny = (n: number) => (n > 0 ? 'skipped' : 'nothing');
  return [
    logout.status === 'done' && logout.result.confirmed ? line('logout', 'done', portals) : line('logout', ifAny(portals)),
    files.status === 'done'
      ? line('files', files.result.deleted + files.result.failed > 0 ? 'done' : 'nothing', files.result.deleted, files.result.failed)
      : line('files', ifAny(checklist.downloadIds.length)),
    siteData.status === 'done'
      ? line('siteData', 'done', siteData.result.cleared ? portals : 0, siteData.result.cleared ? 0 : portals)
      : line('siteData', ifAny(portals)),
    tabs.status === 'done' ? line('tabs', tabs.result.closed > 0 ? 'done' : 'nothing', tabs.result.closed) : line('tabs', 'skipped'),
  ];
}
