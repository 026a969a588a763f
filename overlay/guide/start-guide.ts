import type { GuideChoice } from '../../core/packs/match';
import type { Sensitivity } from '../../core/privacy/sensitivity';
import type { StepReport } from '../../core/protocol/page-report';
import { createTargetFinder } from '../dom/find-target';
import type { OverlayServices } from '../services';
import type { Anchor, GuideView } from './types';

const NONE: GuideChoice = { pack: null, page: null, others: [] };
const GONE = "l'élément a disparu de la page";

/**
 * The guide of this page, kept current: asks the background which pack covers the URL
 * (`pack.forPage`: packs and their URL matching stay out of this script) on start and on
 * every SPA URL change, anchors the page's fields and steps, and publishes them in
 * `services.guide`, `page.report` (hints, steps) and the sensitivity overrides.
 * Re-anchors on DOM additions only while something is missing or gone. Runs in the lazy
 * part `guidance` (with find-target and the anchoring), started by watch-guide.ts once a
 * pack covers a page of the tab.
 */
export function startGuide(
  services: OverlayServices,
  ask: (url: string) => Promise<GuideChoice | null>,
  doc: Document,
  ours: () => Element | undefined,
): Promise<void> {
  let choice = NONE;
  let asked = 0;

  const resolve = () => {
    const { pack, page, others } = choice;
    if (!pack) return publish(services, null);
    const finder = createTargetFinder(doc, ours());
    const anchor = (set: Parameters<typeof finder.find>[0]): Anchor => {
      const pick = finder.find(set);
      return { element: pick.target, reason: pick.reason };
    };
    const fields = pack.fields.filter((f) => f.page === page).map((field) => ({ field, anchor: anchor(field.selectors) }));
    const steps = new Map(pack.steps.filter((s) => s.page === page && s.target).map((s) => [s.id, anchor(s.target!)] as const));
    publish(services, { pack, page, fields, steps, others, recheck: resolve, reload: () => request(services.location.get()) });
  };

  // The cost of a step change, measured after Preact's render microtask: one task (npm run bench).
  const timed = (work: () => void) => {
    performance.mark('cac:step-start');
    work();
    queueMicrotask(() => performance.measure('cac:step', 'cac:step-start'));
  };

  const request = async (url: string) => {
    const ticket = ++asked;
    const answer = (await ask(url)) ?? NONE;
    if (ticket !== asked || services.signal.aborted) return; // a newer URL won the race
    const view = services.guide.get();
    choice = answer;
    // Same pack, same page, every anchor still in the page (a query or hash change): nothing to redo.
    if (view && answer.pack?.id === view.pack.id && answer.page === view.page && !hasStale(view)) {
      if (answer.others.map((o) => o.id).join() !== view.others.map((o) => o.id).join()) publish(services, { ...view, others: answer.others });
      return;
    }
    timed(resolve);
  };

  const stale = (a: Anchor) => a.element === null || !a.element.isConnected;
  const hasStale = (view: GuideView) => view.fields.some((f) => stale(f.anchor)) || [...view.steps.values()].some(stale);
  // Late elements and SPA re-renders: anchor again only while something is missing or gone.
  const unsubscribeDom = services.dom.subscribe(() => {
    const view = services.guide.get();
    if (view && hasStale(view)) timed(resolve);
  });
  const unsubscribeUrl = services.location.subscribe((url) => void request(url));
  services.signal.addEventListener('abort', () => (unsubscribeDom(), unsubscribeUrl()), { once: true });
  return request(services.location.get()); // settled once the first answer is anchored
}

function publish(services: OverlayServices, view: GuideView | null): void {
  const byElement = new Map<Element, GuideView['fields'][number]['field']>();
  for (const { field, anchor } of view?.fields ?? []) if (anchor.element) byElement.set(anchor.element, field);
  services.guide.set(view);
  services.report.hintFor.set((el) => byElement.get(el)?.help.what ?? null);
  services.sensitivityOverride.set((el): Sensitivity | null => byElement.get(el)?.sensitivity ?? null);
  services.report.steps.set(() => (view ? stepReports(view) : []));
}

/** Walkthrough steps by id, field anchors as `field:<id>` (the health check reads both). */
function stepReports(view: GuideView): StepReport[] {
  const row = (id: string, a: Anchor): StepReport => {
    if (a.element?.isConnected) return { id, status: 'found', reason: null };
    return { id, status: 'missed', reason: a.element ? GONE : a.reason };
  };
  return [...[...view.steps].map(([id, a]) => row(id, a)), ...view.fields.map(({ field, anchor }) => row(`field:${field.id}`, anchor))];
}
