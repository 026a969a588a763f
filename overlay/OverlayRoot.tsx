import type { OverlayFeature, PageContext } from './feature';
import { FeatureBoundary } from './FeatureBoundary';

/** Renders every feature that applies to this page, each behind its own error boundary. */
export function OverlayRoot({ page, features }: { page: PageContext; features: readonly OverlayFeature[] }) {
  const active = features.filter((feature) => safeApplies(feature, page));
  return (
    <div class="cac-root" lang={page.i18n.lang} dir={page.i18n.dir}>
      {active.map(({ id, View }) => (
        <FeatureBoundary key={id} featureId={id}>
          <View page={page} />
        </FeatureBoundary>
      ))}
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
