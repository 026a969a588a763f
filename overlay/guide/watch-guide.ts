import type { GuideChoice } from '../../core/packs/match';
import { loadPart } from '../lazy/load-part';
import type { OverlayServices } from '../services';

/**
 * Asks the background whether a guide pack covers this page (on start and on each SPA URL
 * change) and, the first time one does, loads the lazy part \`guidance\`, whose startGuide
 * anchors the pack and keeps it current (overlay/guide/start-guide.ts). Pages with no pack
 * never carry the anchoring code. \`services.guideSettled\` says when the first anchoring is
 * done (page.report waits for it, bounded).
 */
export function watchGuide(services: OverlayServices, ask: (url: string) => Promise<GuideChoice | null>, doc: Document, ours: () => Element | undefined): void {
  let started = false;
  let ready: () => void = () => undefined;
  services.guideSettled.set(new Promise<void>((resolve) => (ready = resolve)));
  const check = async (url: string) => {
    if (started) return;
    const answer = await ask(url);
    if (started || services.signal.aborted) return;
    if (!answer?.pack) return ready();
    started = true;
    stop();
    const part = await loadPart('guidance');
    if (!part || services.signal.aborted) return ready();
    await part.startGuide(services, ask, doc, ours).catch(() => undefined);
    ready();
  };
  const stop = services.location.subscribe((url) => void check(url));
  services.signal.addEventListener('abort', stop, { once: true });
  void check(services.location.get());
}
