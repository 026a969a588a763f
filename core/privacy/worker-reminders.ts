import type { ReminderKind } from './reminders';

/**
 * The worker's reminders, shown in the side panel only ("À retenir pour vous"), by the kind
 * of reminder the person sees on their page at the same moment. The person's page never
 * shows these lines: no file under overlay/ may import this one (tests/contract/voice.test.ts
 * walks the overlay's imports), and the person's own lines come from `reminderKeys`.
 */
export const WORKER_REMINDERS: readonly { kind: ReminderKind; key: string }[] = [
  { kind: 'secret', key: 'sidepanel.reminders.typeSecrets' },
  { kind: 'secret', key: 'sidepanel.reminders.lookAway' },
  { kind: 'identifier', key: 'sidepanel.reminders.noWriting' },
  { kind: 'identifier', key: 'sidepanel.reminders.readFromPaper' },
  { kind: 'document', key: 'sidepanel.reminders.noPhoto' },
  { kind: 'shared-computer', key: 'sidepanel.reminders.cleanDesk' },
];
