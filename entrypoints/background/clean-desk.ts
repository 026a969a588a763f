import { browser, type Browser } from 'wxt/browser';
import { trailItem } from '../../lib/storage-items';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import { buildChecklist, logoutLinksFor, withDownload, withPortalVisit, type PackLogout, type SessionTrail } from '../../core/session/clean-desk';

type Sender = Browser.runtime.MessageSender;

/**
 * The clean-desk trail (C4) in storage.session (`trailItem`): portal ids + origins from
 * page.hello, and download ids from downloads.onCreated. Nothing else: no path, no title,
 * no file name. Gone when the browser closes, and erased by the clean-desk page once it
 * shows the receipt. `update` is serialized: page.hello and downloads.onCreated can arrive together.
 */
function updateTrail(change: (trail: SessionTrail) => SessionTrail): Promise<unknown> {
  return trailItem.update((stored) => {
    const next = change(stored);
    return next === stored ? stored : { ...next, v: 1 };
  });
}

/** Called by page.hello with the URL the browser reported for our content script. */
export function recordPortalVisit(url: string): Promise<unknown> {
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

export interface CleanDeskDeps {
  /** Logout links come from the guide packs. */
  packs: readonly PackLogout[];
  /** "Continuer quand même" choices are forgotten with the trail (the next person is warned again). */
  forgetAllowedHosts: () => Promise<unknown>;
  /** Moves an accompanied session in its closing phase on to its receipt (W1). */
  onForgotten: () => Promise<unknown>;
}

/** Handlers for the clean-desk page. */
export function createCleanDeskHandlers(deps: CleanDeskDeps) {
  return {
    'cleandesk.checklist': async () => {
      const trail = await trailItem.get();
      const ids = [...new Set(trail.portals.map((p) => p.portal))];
      return buildChecklist(trail, logoutLinksFor(ids, deps.packs));
    },
    'cleandesk.forget': async () => {
      await Promise.all([trailItem.remove(), deps.forgetAllowedHosts()]);
      await deps.onForgotten();
      return { forgotten: true };
    },
  } satisfies Handlers<CleanDeskMessages, Sender>;
}
