import type { OverlayFeature, PageContext } from './feature';
import { officialBadge } from './features/official-badge';
import { lazyFeature } from './lazy/LazyFeature';
import { loadPart } from './lazy/load-part';
import { secretReminder } from './features/secret-reminder';
import { identifierReminder } from './features/identifier-reminder';
import { sharedComputerReminder } from './features/shared-computer-reminder';
import { documentReminder } from './features/document-reminder';
import { reminderBubble } from './features/reminder-bubble';
import { privacyCurtain } from './features/privacy-curtain';
import { privacyState } from './privacy/privacy-state';

function official(page: PageContext): boolean {
  return page.portal !== null;
}

function guideFound(page: PageContext) {
  return page.services.guide;
}

/**
 * Every overlay feature, in display order. One file per feature in overlay/features/;
 * tests/contract/registry.test.ts checks that files and this list agree.
 */
export const overlayFeatures: readonly OverlayFeature[] = [
  officialBadge,
  // G2–G4: lazy part 'guidance' (field-help.tsx, walkthrough.tsx), loaded once a guide pack covers the page.
  lazyFeature('field-help', async () => (await loadPart('guidance'))?.fieldHelp ?? null, official, { when: guideFound }),
  lazyFeature('walkthrough', async () => (await loadPart('guidance'))?.walkthrough ?? null, official, { when: guideFound }),
  // G5: lazy part 'glossary' (glossary.tsx), loaded in idle time after the page's own start.
  lazyFeature('glossary', () => loadPart('glossary'), official),
  // C2 reminders (one behaviour per file, one shared bubble) and the C3 curtain.
  secretReminder, identifierReminder, sharedComputerReminder, documentReminder, reminderBubble, privacyCurtain,
  // W1/W2: lazy part 'session' (session-cues.tsx), loaded while an accompanied session exists.
  lazyFeature('session-cues', async () => (await loadPart('session'))?.cues(privacyState) ?? null, official, { when: (page) => privacyState(page.services).session }),
];
