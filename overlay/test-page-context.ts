import { findPortal } from '../core/portals/registry';
import { createTranslator } from '../lib/i18n';
import { createDomWatcher } from './dom/observe';
import type { PageContext } from './feature';
import { OVERLAY_HOST_TAG } from './mount';
import { createOverlayServices } from './services';
import { classifyField } from '../core/privacy/classify';
import { shareRuntime } from './lazy/share-runtime';

/**
 * A real PageContext for feature tests in happy-dom (real services on the test document,
 * nothing faked). Call `abort()` in afterEach to tear the watchers down.
 */
export function createTestPageContext(url: string, lang = 'fr'): PageContext & { abort: () => void } {
  shareRuntime(); // the kit lazy parts' components read (FloatingCard, ReadAloudButton…), as in the extension
  const controller = new AbortController();
  const isOurs = (node: Node) => node.nodeName.toLowerCase() === OVERLAY_HOST_TAG;
  const services = createOverlayServices(controller.signal, createDomWatcher(document, controller.signal, isOurs), url);
  services.classifier.set(classifyField); // the extension gets the same rules from the background (privacy.rules)
  return { portal: findPortal(url), host: new URL(url).hostname, i18n: createTranslator(lang), services, abort: () => controller.abort() };
}
