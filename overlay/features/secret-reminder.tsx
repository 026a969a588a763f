import { reminderFeature } from '../privacy/reminder-center';

/**
 * C2: a password or a one-time code gets the focus — "À vous de taper." for the person and,
 * beside a worker, that they may ask them to look away (core/privacy/reminders.ts
 * `reminderKeys`). The worker's own line is in the side panel, never on this page.
 */
export const secretReminder = reminderFeature({
  id: 'secret-reminder',
  kind: 'secret',
  topic: ({ event, sensitivity }) => {
    const category = event === 'focus' ? sensitivity() : 'none';
    return category === 'password' || category === 'one-time-code' ? { kind: 'secret', secret: category } : null;
  },
});
