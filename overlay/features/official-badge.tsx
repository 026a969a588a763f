import { useRef, useState } from 'preact/hooks';
import type { OverlayFeature, PageContext } from '../feature';
import { onTrustedClick } from '../dom/trusted-events';
import { Dock } from '../dock';

/**
 * G1: a discreet "Site officiel" badge on allow-listed hosts, so the person knows they are
 * on the real site. Collapsed by default to a small pill; details on demand.
 */
function OfficialBadge({ page }: { page: PageContext }) {
  const { t } = page.i18n;
  const [open, setOpen] = useState(false);
  const pill = useRef<HTMLButtonElement>(null);
  if (!page.portal) return null;
  // Escape closes the details and gives the focus back to the badge (keyboard users, G6).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open || !event.isTrusted) return;
    setOpen(false);
    pill.current?.focus();
  };
  const portal = page.portal.shortName;
  return (
    <Dock>
      <section class="cac-badge" aria-label={t('badge.region')} data-feature="official-badge" onKeyDown={onKeyDown}>
        <button
          type="button"
          ref={pill}
          class="cac-badge__pill"
          aria-expanded={open}
          aria-controls="cac-badge-detail"
          title={open ? t('badge.hide') : t('badge.show')}
          onClick={onTrustedClick(() => setOpen(!open))}
        >
          <span class="cac-badge__check" aria-hidden="true">✓</span>
          <span>{t('badge.official')} · {portal}</span>
        </button>
        {open && (
          <div id="cac-badge-detail" class="cac-badge__detail">
            <p>{t('badge.official.detail', { portal: page.portal.name })}</p>
            <p>{t('badge.address', { host: page.host })}</p>
          </div>
        )}
      </section>
    </Dock>
  );
}

export const officialBadge: OverlayFeature = {
  id: 'official-badge',
  appliesTo: (page) => page.portal !== null,
  View: OfficialBadge,
};
