import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCoordinator } from '../overlay/layout/coordinator';
import { startKeyboard } from '../overlay/layout/keyboard';
import { registerPart } from '../overlay/lazy/parts';

// Lazy part: the layout coordinator, the keyboard order of our UI and @floating-ui/dom (~9 KiB gzip kept out of the
// content script's start). Loaded in idle time after the page's start, or at once when a
// feature has something to show (overlay/layout/start-layout.ts); until then the launcher
// sits in its default corner and nothing else is shown.
export default defineUnlistedScript(() => {
  registerPart('layout', { startCoordinator, startKeyboard });
});
