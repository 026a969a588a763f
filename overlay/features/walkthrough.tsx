import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { SECTION_PRIORITY } from '../../core/layout/select-card';
import type { WalkthroughProgress } from '../../core/packs/walkthrough-state';
import type { sendToBackground } from '../../lib/messaging';
import { trusted } from '../../lib/trusted';
import type { OverlayFeature, PageContext } from '../feature';
import { kit } from '../lazy/kit';
import css from '../guide/guidance.css?inline';
import { StepCard } from '../guide/StepCard';
import { useStepAdvance } from '../guide/use-step-advance';
import { useRects } from '../guide/use-rects';
import { keepFor } from '../layout/keep';
import { ringAround, ringStyle } from '../../core/layout/ring';
import { useStore } from '../store';
import { useMemo } from 'preact/hooks';

export type Send = typeof sendToBackground;

/**
 * G3: step-by-step guide for a procedure (≤ 12 steps). Starts from "Commencer le guide",
 * moves on when the person does the step (real click, field filled), resumes after a
 * reload or a FranceConnect redirect (the background keeps the step per tab in
 * storage.session), and can be stopped at any time. `send` is injectable for tests.
 */
export function createWalkthrough(send: Send): OverlayFeature {
  function Walkthrough({ page }: { page: PageContext }) {
    const { t } = page.i18n;
    const view = useStore(page.services.guide);
    const [progress, setProgress] = useState<WalkthroughProgress | null | undefined>(undefined);
    const [done, setDone] = useState(false);
    // Started with "Commencer le guide": the focus goes into the step card once it is there.
    const focusStep = useRef(false);
    const packId = view?.pack.id ?? null;

    // Asked again on each page of the guide: on arrival the background moves the step to
    // the page the person reached (they may have moved on by themselves, or gone back).
    useEffect(() => {
      void send('walkthrough.get', {}).then((r) => setProgress(r.ok ? r.data.progress : null));
    }, [packId, view?.page]);

    const active = view && progress && progress.packId === view.pack.id ? view : null;
    const index = active && progress ? Math.min(progress.step, active.pack.steps.length - 1) : -1;
    const step = active?.pack.steps[index];

    const save = useCallback(async (packId: string, next: number) => {
      const reply = await send('walkthrough.set', { packId, step: next });
      if (reply.ok && reply.data.saved) setProgress((p) => (p ? { ...p, step: next } : p));
    }, []);
    const stop = useCallback(async (finished: boolean) => {
      await send('walkthrough.stop', {});
      setProgress(null);
      setDone(finished);
    }, []);
    /** Starts this page's pack, or another one that covers the page too. */
    const start = useCallback(async (id: string) => {
      if (!view?.page) return;
      await send('walkthrough.set', { packId: id, step: 0 });
      await view.reload(); // the background moves step 0 to this page's first step
      const reply = await send('walkthrough.get', {});
      focusStep.current = true;
      setProgress(reply.ok ? reply.data.progress : null);
    }, [view]);
    const next = useCallback(() => {
      if (!active) return;
      if (index + 1 >= active.pack.steps.length) void stop(true);
      else void save(active.pack.id, index + 1);
    }, [active, index, save, stop]);

    const anchor = step && active?.page === step.page ? active.steps.get(step.id) : undefined;
    const target = anchor?.element?.isConnected ? anchor.element : null;
    useStepAdvance(target, step?.advance.on ?? 'manual', next);
    // A new step whose target is off screen: bring it into view once (IntersectionObserver, no layout read).
    useEffect(() => {
      if (!target) return;
      const io = new IntersectionObserver(([entry]) => {
        io.disconnect();
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        if (entry && !entry.isIntersecting) target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
      });
      io.observe(target);
      return () => io.disconnect();
    }, [target, index]);
    const targets = useMemo(() => (target ? [target] : []), [target]);
    // The target's own label and hint, measured with it: its outline keeps off them.
    const near = useMemo(() => (target ? keepFor(target).filter((el) => el !== target) : []), [target]);
    const measured = useMemo(() => [...targets, ...near], [targets, near]);
    const rects = useRects(measured, active?.recheck);
    const box = rects.get(target!) ?? null;
    // The step's target is never covered by anything of ours (the layout coordinator keeps it clear).
    const { layout } = page.services;
    // While the worker shows a field ("montrer ce champ"), its outline alone is drawn: two
    // outlines side by side crossed each other (the password field and its "Afficher" box).
    const kept = useStore(layout.keep);
    const shown = (kept.get('session-pointer') ?? []).length > 0;
    useEffect(() => {
      layout.setKeep('walkthrough', targets);
      return () => layout.setKeep('walkthrough', []);
    }, [targets]);

    if (done) {
      return (
        <Panel page={page}>
          <p role="status">{t('guidance.walk.done')}</p>
          <button type="button" class="cac-btn" onClick={trusted(() => setDone(false))}>{t('guidance.walk.close')}</button>
        </Panel>
      );
    }
    if (progress === undefined || (!progress && !view?.page)) return null;
    if (!progress) return view?.page && (view.pack.steps.length > 0 || view.others.length > 0) ? <Start page={page} onStart={start} /> : null;
    if (!active || !step || active.page === null) {
      return (
        <Panel page={page}>
          <p class="cac-card__progress">{t('guidance.walk.progress', { n: String(progress.step + 1), total: String(progress.total) })}</p>
          <p>{t('guidance.walk.paused', { title: progress.title })} {t('guidance.walk.paused.more')}</p>
          <button type="button" class="cac-btn" onClick={trusted(() => stop(false))}>{t('guidance.walk.stop')}</button>
        </Panel>
      );
    }
    return (
      <div data-feature="walkthrough">
        <style>{css}</style>
        {/* Just around the target (3 px, less where its label or hint is nearer): on it, it hid the target's edge. */}
        {box && !shown && <div class="cac-ring" data-decoration="" aria-hidden="true" style={ringStyle(ringAround(box, near.flatMap((el) => rects.get(el) ?? []), { x: 3, y: 3 }))} />}
        <StepCard
          page={page}
          step={step}
          n={index + 1}
          total={active.pack.steps.length}
          missing={Boolean(step.target) && active.page === step.page && !target}
          intro={index === 0 ? active.pack : null}
          target={target}
          focusOnShow={focusStep}
          onPrevious={index > 0 ? () => save(active.pack.id, index - 1) : null}
          onNext={next}
          onStop={() => stop(false)}
        />
        <p class="cac-sr" role="status">{t('guidance.walk.announce', { n: String(index + 1), total: String(active.pack.steps.length), title: step.title })}</p>
      </div>
    );
  }

  return { id: 'walkthrough', appliesTo: (page) => page.portal !== null, View: Walkthrough };
}

/** Paused and finished guides: a small section of the card, beside the launcher (no target). */
function Panel({ page, children }: { page: PageContext; children: ComponentChildren }) {
  const { CardSection } = kit(); // the content script's own (lazy part 'guidance')
  const label = page.i18n.t('guidance.walk.region');
  return (
    <CardSection id="walkthrough" kind="step" priority={SECTION_PRIORITY.step} anchor={null} label={label}>
      <section class="cac-walk cac-walk--pill" data-feature="walkthrough" aria-label={label}>
        <style>{css}</style>
        {children}
      </section>
    </CardSection>
  );
}

/**
 * "Commencer le guide": pinned beside the launcher's button, always in view and early in the
 * Tab order, short (the procedure is in its accessible name); guides of other procedures
 * that start here too are offered in the launcher's tray.
 */
function Start({ page, onStart }: { page: PageContext; onStart: (packId: string) => void }) {
  const { t } = page.i18n;
  const { LauncherItem } = kit();
  const { pack, others } = page.services.guide.get()!;
  const [main, ...more] = [...(pack.steps.length ? [{ id: pack.id, title: pack.title }] : []), ...others];
  if (!main) return null;
  return (
    <>
      <LauncherItem slot="pinned" order={10}>
        <section class="cac-walk cac-walk--start" data-feature="walkthrough" aria-label={t('guidance.walk.region')}>
          <style>{css}</style>
          <button type="button" class="cac-btn cac-btn--main" aria-label={t('guidance.walk.start', { title: main.title })} title={main.title} onClick={trusted(() => onStart(main.id))}>
            {t('guidance.walk.start.short')}
          </button>
        </section>
      </LauncherItem>
      {more.length > 0 && (
        <LauncherItem slot="tray" order={10}>
          <section class="cac-walk cac-walk--more" aria-label={t('guidance.walk.region')}>
            {more.map(({ id, title }) => (
              <button key={id} type="button" class="cac-btn" onClick={trusted(() => onStart(id))}>
                {t('guidance.walk.start', { title })}
              </button>
            ))}
          </section>
        </LauncherItem>
      )}
    </>
  );
}
