import { useMemo } from 'preact/hooks';
import { ReadingContext } from '../components/reading-context';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import type { OverlayFeature, PageContext } from './feature';
import { FeatureBoundary } from './FeatureBoundary';
import { ContextCard, LayoutContext } from './layout/Card';
import { Launcher } from './layout/Launcher';
import { createStore, useStore, type Store } from './store';

const defaults = createStore<Settings>(DEFAULT_SETTINGS);

/**
 * Renders every feature that applies to this page, each behind its own error boundary,
 * and the two surfaces they share: the launcher (corner items) and the one contextual card
 * (overlay/layout/: features declare, the coordinator places). Reading settings (G6) apply
 * to all of them: `--cac-scale` on .cac-root (text size), the UI language, and the
 * read-aloud speed (ReadingContext).
 */
export function OverlayRoot({ page: base, features, settings = defaults, onSettings }: {
  page: PageContext;
  features: readonly OverlayFeature[];
  settings?: Store<Settings>;
  onSettings?: (patch: Partial<Settings>) => void;
}) {
  const { textScale, language, rate } = useStore(settings);
  const page = useMemo(() => (language === base.i18n.lang ? base : { ...base, i18n: base.i18n.forLanguage(language) }), [base, language]);
  const reading = useMemo(() => ({ rate, ...(onSettings ? { setRate: (next: number) => onSettings({ rate: next as Settings['rate'] }) } : {}) }), [rate, onSettings]);
  const active = features.filter((feature) => safeApplies(feature, page));
  const { layout } = page.services;
  const { t } = page.i18n;
  return (
    <div class="cac-root" lang={page.i18n.lang} dir={page.i18n.dir} data-scale={textScale} style={{ '--cac-scale': String(textScale) }}>
      <LayoutContext.Provider value={layout}>
        <ReadingContext.Provider value={reading}>
          <Launcher page={page} layout={layout} />
          <ContextCard layout={layout} label={(kind) => t(kind === 'notice' ? 'session.notice.title' : 'layout.card')} />
          {active.map(({ id, View }) => (
            <FeatureBoundary key={id} featureId={id}>
              <View page={page} />
            </FeatureBoundary>
          ))}
        </ReadingContext.Provider>
      </LayoutContext.Provider>
    </div>
  );
}

function safeApplies(feature: OverlayFeature, page: PageContext): boolean {
  try {
    return feature.appliesTo(page);
  } catch {
    console.warn('[Côte à côte] fonction ignorée', feature.id);
    return false;
  }
}
