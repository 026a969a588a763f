import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { readSessionItem } from '../../lib/session-storage';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import {
  buildChecklist,
  emptyTrail,
  logoutLinksFor,
  SessionTrail,
  withDownload,
  withPortalVisit,
  type PackLogout,
} from '../../core/session/clean-desk';
import { forgetAllowedHosts } from './lookalike-guard';
import { loadPacks } from './packs';

/**
 * The clean-desk trail (C4) in storage.session: portal ids + origins from page.hello, and
 * download ids from downloads.onCreated. Nothing else: no path, no title, no file name.
 * Gone when the browser closes, and erased by the clean-desk page once it shows the receipt.
 * Content scripts cannot read storage.session (default access level).
 */
const KEY = 'cleanDeskTrail';
const VERSION = 1;

const StoredTrail = z.extend(SessionTrail, { v: z.literal(VERSION) });

async function readTrail(): Promise<SessionTrail> {
  const stored = await readSessionItem(KEY, StoredTrail, 'trace de session');
  return stored ? { portals: stored.portals, downloads: stored.downloads } : emptyTrail();
}

// One write at a time: page.hello and downloads.onCreated can arrive together.
let queue: Promise<unknown> = Promise.resolve();
function updateTrail(change: (trail: SessionTrail) => SessionTrail): Promise<void> {
  const next = queue.then(async () => {
    const current = await readTrail();
    const updated = change(current);
    if (updated !== current) await browser.storage.session.set({ [KEY]: { v: VERSION, ...updated } });
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Called by page.hello with the URL the browser reported for our content script. */
export function recordPortalVisit(url: string): Promise<void> {
  return updateTrail((trail) => withPortalVisit(trail, url));
}

/** Notes every download started while the extension runs (ids only). Returns the stop function. */
export function startDownloadTracking(): () => void {
  const downloads = browser.downloads;
  if (!downloads?.onCreated) return () => undefined;
  const onCreated = (item: { id: number }) => void updateTrail((trail) => withDownload(trail, item.id)).catch(() => undefined);
  try {
    downloads.onCreated.addListener(onCreated);
  } catch {
    console.warn('[Côte à côte] téléchargements non suivis (API absente)');
    return () => undefined;
  }
  return () => downloads.onCreated.removeListener(onCreated);
}

type CleanDeskMessages = Pick<BackgroundMessages, 'cleandesk.checklist' | 'cleandesk.forget'>;

/**
 * Handlers for the clean-desk page. `packs` (for logout links) is a parameter for tests;
 * `onForgotten` moves an accompanied session in its closing phase on to its receipt (W1).
 */
export function createCleanDeskHandlers(packs: () => readonly PackLogout[] = () => loadPacks().packs, onForgotten: () => Promise<unknown> = async () => undefined) {
  return {
    'cleandesk.checklist': async () => {
      const trail = await readTrail();
      const ids = [...new Set(trail.portals.map((p) => p.portal))];
      return buildChecklist(trail, logoutLinksFor(ids, packs()));
    },
    'cleandesk.forget': async () => {
      await updateTrail(() => emptyTrail());
      await Promise.all([browser.storage.session.remove(KEY), forgetAllowedHosts()]);
      await onForgotten();
      return { forgotten: true };
    },
  } satisfies Handlers<CleanDeskMessages, unknown>;
}
