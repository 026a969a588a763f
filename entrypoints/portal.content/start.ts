import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentMessages } from '../../core/protocol/content-messages';
import { isExtensionSender } from '../../core/protocol/senders';
import { createTranslator } from '../../lib/translator';
import { listen, sendToBackground } from '../../lib/messaging';
import { createDomWatcher } from '../../overlay/dom/observe';
import { mountOverlay, OVERLAY_HOST_TAG } from '../../overlay/mount';
import { isOurHost } from '../../overlay/host-tag';
import { loadPart } from '../../overlay/lazy/load-part';
import { overlayFeatures } from '../../overlay/registry';
import { createOverlayServices } from '../../overlay/services';
import { pointAt, privacyState, toggleCurtain } from '../../overlay/privacy/privacy-state';
import { classifierReady, loadClassifier } from '../../overlay/privacy/rules';
import { watchGuide } from '../../overlay/guide/watch-guide';
import { shareRuntime } from '../../overlay/lazy/share-runtime';

/** Wiring of the portal content script: services, page.report, greet the background, mount the overlay. */
export function startPortalScript(ctx: ContentScriptContext): void {
  shareRuntime(); // for the lazy parts (glossary) injected later into this world
  // Start-up cost, visible to the page's performance timeline (npm run bench reads it).
  performance.mark('cac:start');
  // What the content script does not bundle (30 KiB budget) comes from the background in
  // one reply: which official portal this is (from the URL the browser reports, so the
  // page cannot lie), the UI strings and the styles. Everything else starts at once.
  const resources = sendToBackground('overlay.resources', {});
  const portalOf = async () => { const r = await resources; return r.ok ? r.data.portal : null; };
  const services = createOverlayServices(ctx.signal, createDomWatcher(document, ctx.signal, isOurHost), location.href);
  // The URL is read from `location`, not from the event: the page shares `window` and can
  // dispatch a \`wxt:locationchange\` of its own with any detail (or none). Read a moment
  // later: WXT fires it from the Navigation API's \`navigate\`, before the address changes.
  const readUrl = () => services.location.set(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(readUrl, 0);
    ctx.setTimeout(readUrl, 100); // a back/forward traversal commits a little later
  });

  let focusToggle: (() => Promise<boolean>) | null = null; // once the overlay is mounted
  const ownOrigin = browser.runtime.getURL('/');
  const stopListening = listen(
    contentMessages,
    {
      // The classifier's word lists come from the background: the report waits for them (a few ms after start).
      'page.report': async () => {
        // The builder is the lazy part `report` (kept out of every page's start).
        const [portal, , part] = await Promise.all([portalOf(), classifierReady(services), loadPart('report'), settled(services.guideSettled.get())]);
        if (!part) throw new Error('report part unavailable'); // answered as handler-failed
        return part.buildPageReport(document, portal, services, document.querySelector(OVERLAY_HOST_TAG) ?? undefined);
      },
      'curtain.toggle': () => toggleCurtain(services), // C3: keyboard command and popup, through the background
      'overlay.focus': async () => ({ moved: (await focusToggle?.()) ?? false }), // keyboard command focus-overlay
      // W1/W2 accompanied session: its view on this page (the lazy part `session` shows it), "montrer ce champ".
      'session.view': ({ view }) => (privacyState(services).session.set(view), { shown: true }),
      'session.pointer': ({ key }) => ({ found: pointAt(services, key) }),
    },
    (sender) => isExtensionSender(sender, browser.runtime.id, ownOrigin),
  );
  ctx.onInvalidated(stopListening);
  loadClassifier(services); // C1: rules from the background (privacy.rules)
  // Guide packs (G2–G4): asked from the background on start and on each URL change.
  const ours = () => document.querySelector(OVERLAY_HOST_TAG) ?? undefined;
  watchGuide(services, async (url) => { const r = await sendToBackground('pack.forPage', { url }); return r.ok ? r.data : null; }, document, ours);
  // The overlay mounts once the resources are here, a few milliseconds after start.
  void resources.then((reply) => {
    if (ctx.isInvalid) return;
    const portal = reply.ok ? reply.data.portal : null;
    void sendToBackground('page.hello', {});
    const i18n = createTranslator('fr', reply.ok ? reply.data.catalogs : {});
    focusToggle = mountOverlay(ctx, { portal, host: location.hostname, i18n, services }, overlayFeatures, reply.ok ? reply.data.css : '').focusToggle;
    performance.measure('cac:startup', 'cac:start');
  });
}

/** A guide still anchoring delays page.report at most 3 s (its steps and hints come from it). */
function settled(guide: Promise<void>): Promise<void> {
  return Promise.race([guide, new Promise<void>((resolve) => setTimeout(resolve, 3000))]);
}
