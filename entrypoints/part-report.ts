import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../overlay/lazy/parts';
import { buildPageReport } from '../overlay/page-report';

// Lazy part: \`page.report\` (what the side panel's "Ce que voit l'extension", the guide health
// check and the tests read). Built only when asked, so every official page does not carry
// the field walk, the key builder and the frame/shadow-root traversal at start.
export default defineUnlistedScript(() => {
  registerPart('report', { buildPageReport });
});
