import { IDENTIFIER_SENSITIVITIES } from '../../core/privacy/reminders';
import { reminderFeature } from '../privacy/reminder-center';

/** C2: NIR, tax number, foreigner number, identity document, IBAN or card: not on paper, not aloud (and, when the worker types it, shown on the paper). */
export const identifierReminder = reminderFeature({
  id: 'identifier-reminder',
  kind: 'identifier',
  topic: ({ event, sensitivity }) => (event === 'focus' && IDENTIFIER_SENSITIVITIES.includes(sensitivity()) ? { kind: 'identifier' } : null),
});
