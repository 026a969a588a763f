import type { PackStep } from '../../core/packs/schema';
import type { Box } from '../dom/placement';
import { onTrustedClick } from '../dom/trusted-events';
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
  avoid: readonly Box[];
  /** On the first step: the procedure in plain words and the papers to have ready. */
  intro: { procedure: string; papers: readonly string[] } | null;
  onPrevious: (() => void) | null;
  onNext: () => void;
  onStop: () => void;
}

/** One walkthrough step in a corner panel that never covers the step's target. */
export function StepCard({ page, step, n, total, missing, avoid, intro, onPrevious, onNext, onStop }: Props) {
  const { FloatingCard, ReadAloudButton } = kit(); // the content script's own (lazy part 'guidance')
  const { t } = page.i18n;
  return (
    <FloatingCard anchor={null} avoid={avoid} rtl={page.i18n.dir === 'rtl'} className="cac-walk" aria-label={t('guidance.walk.region')} data-step={step.id}>
      <p class="cac-card__progress">{t('guidance.walk.progress', { n: String(n), total: String(total) })}</p>
      <h2>{step.title}</h2>
      {intro && <p>{intro.procedure}</p>}
      {intro && intro.papers.length > 0 && (
        <details>
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
      {/* Keys: "Précédent" appears at step 2 — without them the focused "Suivant" button would become it. */}
      <div class="cac-card__actions">
        {onPrevious && (
          <button key="previous" type="button" class="cac-btn" onClick={onTrustedClick(onPrevious)}>
            {t('guidance.walk.previous')}
          </button>
        )}
        <button key="next" type="button" class="cac-btn cac-btn--main" onClick={onTrustedClick(onNext)}>
          {n === total ? t('guidance.walk.finish') : t('guidance.walk.next')}
        </button>
        <button key="stop" type="button" class="cac-btn" onClick={onTrustedClick(onStop)}>
          {t('guidance.walk.stop')}
        </button>
      </div>
    </FloatingCard>
  );
}
