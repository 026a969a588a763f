import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createGlossary, type GlossaryKit } from '../overlay/features/glossary';
import { registerPart } from '../overlay/lazy/parts';

// Lazy part: the glossary (G5), injected by the background when the content script asks
// (`part.load`), in idle time. Its kit comes from the content script (overlay/lazy/share-runtime.ts).
export default defineUnlistedScript(() => {
  const kit = (globalThis as { __cacShared?: { kit?: GlossaryKit } }).__cacShared?.kit;
  if (kit) registerPart('glossary', createGlossary(kit));
});
