import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fieldHelp } from '../overlay/features/field-help';
import { createWalkthrough } from '../overlay/features/walkthrough';
import { kit } from '../overlay/lazy/kit';
import { registerPart } from '../overlay/lazy/parts';
import { startGuide } from '../overlay/guide/start-guide';

// Lazy part: field help and the walkthrough (G2–G4), injected by the background
// (`part.load`) once a guide pack covers the page. The pack search and the anchoring stay
// in the content script's watch-guide.ts; the anchoring (start-guide.ts, find-target) and the UI are here.
export default defineUnlistedScript(() => {
  registerPart('guidance', { fieldHelp, walkthrough: createWalkthrough(kit().send), startGuide });
});
