import { IDENTIFIER_SENSITIVITIES } from '../../core/privacy/reminders';
import { reminderFeature } from '../privacy/reminder-center';

/** C2: NIR, tax number, foreigner number, identity document, IBAN or card: not on paper, not aloud. */
export const identifierReminder = reminderFeature({
  id: 'identifier-reminder',
  kind: 'identifier',
  match: ({ event, sensitivity }, t) =>
    event === 'focus' && IDENTIFIER_SENSITIVITIES.includes(sensitivity()) ? [t('privacy.reminder.identifier')] : null,
});
