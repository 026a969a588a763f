import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CurtainLayer } from '../overlay/privacy/curtain-layer';
import { registerPart } from '../overlay/lazy/parts';

// Lazy part: the privacy curtain's veils, banner and placement (C3), injected by the
// background (`part.load`) the moment the curtain is switched on, or at start when the
// tab's saved state says it is on. Its state and page come in as props from
// overlay/features/privacy-curtain.tsx (never copies of the content script's modules).
export default defineUnlistedScript(() => {
  registerPart('curtain', { Layer: CurtainLayer });
});
