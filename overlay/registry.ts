import type { OverlayFeature } from './feature';
import { officialBadge } from './features/official-badge';
import { fieldHelp } from './features/field-help';
import { walkthrough } from './features/walkthrough';
import { lazyFeature } from './lazy/LazyFeature';
import { secretReminder } from './features/secret-reminder';
import { identifierReminder } from './features/identifier-reminder';
import { sharedComputerReminder } from './features/shared-computer-reminder';
import { documentReminder } from './features/document-reminder';
import { reminderBubble } from './features/reminder-bubble';
import { privacyCurtain } from './features/privacy-curtain';

/**
 * Every overlay feature, in display order. One file per feature in overlay/features/;
 * tests/contract/registry.test.ts checks that files and this list agree.
 */
export const overlayFeatures: readonly OverlayFeature[] = [
  officialBadge, fieldHelp, walkthrough,
  // G5: a lazy part (overlay/features/glossary.tsx, loaded in idle time after the page).
  lazyFeature('glossary', 'glossary', (page) => page.portal !== null),
  // C2 reminders (one behaviour per file, one shared bubble) and the C3 curtain.
  secretReminder, identifierReminder, sharedComputerReminder, documentReminder, reminderBubble, privacyCurtain,
];
