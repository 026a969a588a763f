import type { PackStep } from '../../core/packs/schema';
import { SECTION_PRIORITY } from '../../core/layout/select-card';
import { focusWhenShown } from '../layout/focus-when-shown';
import { trusted } from '../../lib/trusted';
import type { PageContext } from '../feature';
import { kit } from '../lazy/kit';

interface Props {
  page: PageContext;
  step: PackStep;
  /** 1-based position and number of steps ("Étape 3 sur 7"). */
  n: number;
  total: number;
  /** The step points at an element this page does not have (anymore): say so, never fail. */
  missing: boolean;
  /** The element the step is about (kept clear by the layout), or null. */
  target: Element | null;
  /** Set when the guide was just started: the focus comes to the step's title once shown. */
  focusOnShow: { current: boolean };
  /** On the first step: the procedure in plain words and the papers to have ready. */
  intro: { procedure: string; papers: readonly string[] } | null;
  onPrevious: (() => void) | null;
  onNext: () => void;
  onStop: () => void;
}

/**
 * One walkthrough step: a section of the one card — beside its target and never over it,
 * or joined to the card about the focused field. "Suivant" and "Arrêter le guide" sit in
 * the card's foot, always on screen.
 */
export function StepCard({ page, step, n, total, missing, target, focusOnShow, intro, onPrevious, onNext, onStop }: Props) {
  const { CardSection, ReadAloudButton } = kit(); // the content script's own (lazy part 'guidance')
  const { t } = page.i18n;
  // The title mounts when the layout shows the step (not when this component renders).
  const title = (el: HTMLHeadingElement | null) => {
    if (!el || !focusOnShow.current) return;
    focusOnShow.current = false;
    focusWhenShown(el);
  };
  const actions = (
    <>
      {/* Keys: "Précédent" appears at step 2 — without them the focused "Suivant" button would become it. */}
      {onPrevious && (
        <button key="previous" type="button" class="cac-btn" onClick={trusted(onPrevious)}>
          {t('guidance.walk.previous')}
        </button>
      )}
      <button key="next" type="button" class="cac-btn cac-btn--main" onClick={trusted(onNext)}>
        {n === total ? t('guidance.walk.finish') : t('guidance.walk.next')}
      </button>
      <button key="stop" type="button" class="cac-btn" onClick={trusted(onStop)}>
        {t('guidance.walk.stop')}
      </button>
    </>
  );
  return (
    <CardSection id="step" kind="step" priority={SECTION_PRIORITY.step} anchor={target} label={t('guidance.walk.region')} actions={actions}>
      <div class="cac-walk" data-step={step.id}>
      <p class="cac-card__progress">{t('guidance.walk.progress', { n: String(n), total: String(total) })}</p>
      <h2 ref={title} tabIndex={-1}>{step.title}</h2>
      {intro && <p class="cac-secondary">{intro.procedure}</p>}
      {intro && intro.papers.length > 0 && (
        <details class="cac-secondary">
          <summary>{t('guidance.walk.papers')}</summary>
          <ul>{intro.papers.map((paper) => <li key={paper}>{paper}</li>)}</ul>
        </details>
      )}
      {missing && (
        <p class="cac-card__note cac-walk__missing">
          <span class="cac-card__label">{t('guidance.walk.missing')}</span>
          {t('guidance.walk.missing.more')}
        </p>
      )}
      <ReadAloudButton text={step.body} i18n={page.i18n} />
      {step.confidentiality && (
        <p class="cac-card__note">
          <span class="cac-card__label">{t('guidance.walk.confidential')}</span>
          {step.confidentiality}
        </p>
      )}
      </div>
    </CardSection>
  );
}
