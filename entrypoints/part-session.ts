import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createSessionCues } from '../overlay/features/session-cues';
import { registerPart } from '../overlay/lazy/parts';

// Lazy part: the person's side of an accompanied session (W1/W2: badge, notice, who types,
// cues, "montrer ce champ"), injected by the background (`part.load`) while a session
// exists. The session's stores stay in the content script (overlay/privacy/privacy-state.ts)
// and come in through the factory (overlay/registry.ts).
export default defineUnlistedScript(() => {
  registerPart('session', { cues: createSessionCues });
});
