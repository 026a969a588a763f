import { isDocumentLink } from '../../core/privacy/reminders';
import { reminderFeature } from '../privacy/reminder-center';

/**
 * C2, documents: where the file goes. An upload field gets the focus — a copy leaves, the
 * file stays on this computer; a document link gets the pointer or the focus — it will go
 * to Téléchargements; after the click — delete it at the end (clean desk).
 */
export const documentReminder = reminderFeature({
  id: 'document-reminder',
  kind: 'document',
  topic: ({ event, target }) => {
    if (target.matches('input[type=file]')) return event === 'focus' ? { kind: 'document', what: 'upload' } : null;
    if (!target.matches('a[href]') || !isDocumentLink(target.getAttribute('href') ?? '', target.hasAttribute('download'))) return null;
    return { kind: 'document', what: event === 'click' ? 'download-after' : 'download-before' };
  },
});
