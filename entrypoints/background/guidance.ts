import type { Browser } from 'wxt/browser';
import { chooseGuide, pageOf } from '../../core/packs/match';
import type { Pack } from '../../core/packs/schema';
import { endsOnLeaving, resolveStep } from '../../core/packs/steps';
import type { Handlers } from '../../core/protocol/contract';
import type { BackgroundMessages } from '../../core/protocol/messages';
import { clearWalkthrough, readWalkthrough, writeWalkthrough } from './walkthrough-store';

type GuidanceMessages = Pick<BackgroundMessages, 'pack.forPage' | 'walkthrough.get' | 'walkthrough.set' | 'walkthrough.stop'>;
type Sender = Browser.runtime.MessageSender;

export interface GuidanceDeps {
  packs: readonly Pack[];
  /** A walkthrough was started or moved in this tab (W1: another procedure's guide leaves a session's scope at once). */
  onWalkthroughSet?: (tabId: number, url: string) => Promise<unknown>;
}

/** Guide packs and per-tab walkthroughs (G2, G3). */
export function createGuidanceHandlers({ packs, onWalkthroughSet }: GuidanceDeps) {
  const byId = (id: string) => packs.find((pack) => pack.id === id) ?? null;
  const running = async (sender: Sender) => {
    const tabId = sender.tab?.id;
    const stored = tabId === undefined ? null : await readWalkthrough(tabId);
    const pack = stored ? byId(stored.packId) : null;
    return tabId !== undefined && stored && pack ? { tabId, step: stored.step, pack } : null;
  };

  return {
    'pack.forPage': async ({ url }, sender) => {
      const run = await running(sender);
      if (!run) return chooseGuide(url, packs, null);
      const here = pageOf(run.pack, url);
      // A walkthrough whose last step was "leave this page" is finished once the person has left.
      if (!here && endsOnLeaving(run.pack, run.step)) {
        await clearWalkthrough(run.tabId);
        return chooseGuide(url, packs, null);
      }
      // Arriving on one of its pages (load, SPA step, FranceConnect return): the page wins,
      // decided here rather than in the page, which may leave before it could say so.
      const step = here ? resolveStep(run.pack, run.step, here.page.id) : run.step;
      if (step !== run.step) await writeWalkthrough(run.tabId, run.pack.id, step);
      return chooseGuide(url, packs, run.pack.id);
    },
    'walkthrough.get': async (_req, sender) => {
      const run = await running(sender);
      if (!run) return { progress: null };
      return { progress: { packId: run.pack.id, step: run.step, title: run.pack.title, total: run.pack.steps.length } };
    },
    'walkthrough.set': async ({ packId, step }, sender) => {
      const pack = byId(packId);
      const tabId = sender.tab?.id;
      if (!pack || tabId === undefined || step >= pack.steps.length) return { saved: false };
      await writeWalkthrough(tabId, packId, step);
      await onWalkthroughSet?.(tabId, sender.url ?? sender.tab?.url ?? '');
      return { saved: true };
    },
    'walkthrough.stop': async (_req, sender) => {
      const tabId = sender.tab?.id;
      return { stopped: tabId === undefined ? false : await clearWalkthrough(tabId) };
    },
  } satisfies Handlers<GuidanceMessages, Sender>;
}
