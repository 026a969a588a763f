import { reminderFeature } from '../privacy/reminder-center';

/**
 * C2: a password or a one-time code gets the focus — "À vous de taper." for the person,
 * and in accompanied mode "regardez ailleurs" for the worker (the bubble shows that line
 * only when the mode store says 'accompanied').
 */
export const secretReminder = reminderFeature({
  id: 'secret-reminder',
  kind: 'secret',
  match: ({ event, sensitivity }, t) => {
    const category = event === 'focus' ? sensitivity() : 'none';
    if (category !== 'password' && category !== 'one-time-code') return null;
    return { kind: 'secret', lines: [t('privacy.reminder.secret')], workerLines: [t('privacy.reminder.secret.worker')] };
  },
});
