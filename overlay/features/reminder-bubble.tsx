import { SECTION_PRIORITY } from '../../core/layout/select-card';
import { trusted } from '../../lib/trusted';
import type { OverlayFeature, PageContext } from '../feature';
import { CardSection } from '../layout/Card';
import { privacyState } from '../privacy/privacy-state';
import { reminderCenter } from '../privacy/reminder-center';
import { useStore } from '../store';

/**
 * C2: what the reminder behaviours (secret, identifier, shared computer, document) have to
 * say about the focused field or the pointed link, as a section of the ONE card about that
 * field (the secret reminder first, before the step and the field help). Never over the
 * field (the coordinator places the card), never taking the focus; Tab from the field
 * reaches its buttons (overlay/layout/keyboard.ts); hidden under the privacy curtain.
 * Only lines for the person: what the worker should do is said in their side panel.
 */
function ReminderBubble({ page }: { page: PageContext }) {
  const { t } = page.i18n;
  const center = reminderCenter(page.services);
  const state = privacyState(page.services);
  const active = useStore(center.active);
  const curtain = useStore(state.curtain);
  const shown = active && !curtain ? active : null;
  const secret = shown?.reminders.some((r) => r.kind === 'secret');
  return (
    <div class="cac-reminders" data-feature="reminder-bubble">
      <p class="cac-sr" role="status" aria-live="polite">{shown ? shown.reminders.flatMap((r) => r.lines).join(' ') : ''}</p>
      {shown && (
        <CardSection
          id="reminder"
          kind={shown.byHover ? 'hover' : 'field'}
          priority={secret ? SECTION_PRIORITY.secretReminder : SECTION_PRIORITY.reminder}
          anchor={shown.anchor}
          label={t('privacy.reminder.region')}
          onKeyDown={(e) => e.key === 'Escape' && e.isTrusted && center.dismiss()}
          actions={
            // One "not again" for what is shown, and closing, in the card's foot: always on screen.
            <>
              <button type="button" class="cac-reminder__silence" onClick={trusted(() => shown.reminders.forEach((r) => state.silence(r.kind)))}>
                {t('privacy.reminder.silence')}
              </button>
              <button type="button" class="cac-reminder__close" aria-label={t('privacy.reminder.close')} title={t('privacy.reminder.close')} onClick={trusted(center.dismiss)}>
                ×
              </button>
            </>
          }
        >
          <div class="cac-reminder" role="group" aria-label={t('privacy.reminder.region')}>
            {shown.reminders.map((reminder) => (
              <section key={reminder.kind} data-reminder={reminder.kind}>
                {reminder.lines.map((line) => <p key={line}>{line}</p>)}
              </section>
            ))}
          </div>
        </CardSection>
      )}
    </div>
  );
}

export const reminderBubble: OverlayFeature = {
  id: 'reminder-bubble',
  appliesTo: (page) => page.portal !== null,
  View: ReminderBubble,
};
