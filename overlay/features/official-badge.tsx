import type { OverlayFeature, PageContext } from '../feature';
import { LauncherItem } from '../layout/Launcher';

/**
 * G1: the person knows they are on the real site. The launcher's button itself says
 * "✓ Site officiel · CAF" (overlay/layout/Launcher.tsx); this puts the details — which
 * body runs the site, the address — first in the launcher's tray.
 */
function OfficialBadge({ page }: { page: PageContext }) {
  const { t } = page.i18n;
  if (!page.portal) return null;
  return (
    <LauncherItem slot="tray" order={0}>
      <section id="cac-badge-detail" class="cac-badge__detail" aria-label={t('badge.region')} data-feature="official-badge">
        <p>{t('badge.official.detail', { portal: page.portal.name })}</p>
        <p>{t('badge.address', { host: page.host })}</p>
      </section>
    </LauncherItem>
  );
}

export const officialBadge: OverlayFeature = {
  id: 'official-badge',
  appliesTo: (page) => page.portal !== null,
  View: OfficialBadge,
};
