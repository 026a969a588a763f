import { isRememberMeLabel } from '../../core/privacy/reminders';
import { accessibleName } from '../dom/accessible-name';
import { reminderFeature } from '../privacy/reminder-center';

/**
 * C2, shared computers: a "Se souvenir de moi" / "Rester connecté" box gets the focus —
 * do not tick it; a password gets the focus — answer "Jamais" if the browser offers to
 * save it (we cannot see that offer: it is the browser's own UI).
 */
export const sharedComputerReminder = reminderFeature({
  id: 'shared-computer-reminder',
  kind: 'shared-computer',
  topic: ({ event, target, sensitivity }) => {
    if (event !== 'focus') return null;
    if (target.matches('input[type=checkbox]')) return isRememberMeLabel(accessibleName(target)) ? { kind: 'shared-computer', what: 'remember-me' } : null;
    return sensitivity() === 'password' ? { kind: 'shared-computer', what: 'save-password' } : null;
  },
});
