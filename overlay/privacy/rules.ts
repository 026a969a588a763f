import { createClassifier } from '../../core/privacy/classifier';
import { compileRules } from '../../core/privacy/rule-set';
import { sendToBackground } from '../../lib/messaging';
import type { OverlayServices } from '../services';

/**
 * Asks the background for the classifier's word lists (`privacy.rules`, kept out of the
 * content script for its size budget) and installs the classifier in the page services.
 */
export function loadClassifier(services: OverlayServices): void {
  void sendToBackground('privacy.rules', {}).then((reply) => {
    if (!reply.ok || services.signal.aborted) return;
    try {
      services.classifier.set(createClassifier(compileRules(reply.data)));
    } catch {
      console.warn('[Côte à côte] règles de classement illisibles');
    }
  });
}

/** Resolves once the classifier is installed, or after `timeoutMs` (then fields read as 'none'). */
export function classifierReady(services: OverlayServices, timeoutMs = 3000): Promise<void> {
  if (services.classifier.get()) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    const stop = services.classifier.subscribe(() => done());
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}
