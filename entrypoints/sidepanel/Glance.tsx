import type { Glance as GlanceValue, NextThing } from '../../core/session/glance';
import type { Translator } from '../../lib/i18n';

/**
 * The top of the panel, kept in sight while the rest scrolls (sticky): the step, who
 * types and the one next thing to do (core/session/glance.ts decides which).
 */
export function Glance({ i18n, glance }: { i18n: Translator; glance: GlanceValue }) {
  const { t } = i18n;
  const accompanied = glance.typist !== null;
  return (
    <div class="panel__glance" data-testid="glance" data-typist={glance.typist ?? undefined}>
      {accompanied && (
        <p class="panel__glance-step" data-testid="step">
          {glance.step ? t('sidepanel.head.step', { step: String(glance.step.number), total: String(glance.step.total), title: glance.step.title ?? '' }) : t('sidepanel.head.noStep')}
        </p>
      )}
      {accompanied && (
        <p class="panel__glance-token" data-testid="token">
          <span aria-hidden="true">⌨ </span>
          {glance.typist === 'person' ? t('sidepanel.token.person') : t('sidepanel.token.worker')}
        </p>
      )}
      <p class="panel__glance-next" data-testid="next">
        {nextText(i18n, glance.next)}
      </p>
    </div>
  );
}

// Keys are written out (not built) so the "keys used exist" test sees each of them.
function nextText({ t }: Translator, next: NextThing): string {
  const texts: Record<NextThing, string> = {
    'choose-procedure': t('sidepanel.next.chooseProcedure'),
    'read-notice': t('sidepanel.next.readNotice'),
    'look-away': t('sidepanel.next.lookAway'),
    'follow-step': t('sidepanel.next.followStep'),
    'help-on-page': t('sidepanel.next.helpOnPage'),
    'open-portal': t('sidepanel.next.openPortal'),
    'ask-outcome': t('sidepanel.next.askOutcome'),
    'clean-desk': t('sidepanel.next.cleanDesk'),
    finish: t('sidepanel.next.finish'),
  };
  return texts[next];
}
