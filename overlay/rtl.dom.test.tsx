// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/preact';
import { OverlayRoot } from './OverlayRoot';
import { overlayFeatures } from './registry';
import { createTestPageContext } from './test-page-context';
import type { Translator } from '../lib/i18n';
import { createPageTranslator } from '../lib/i18n-pages';
import { ReadAloudButton } from '../components/ReadAloudButton';
import { ReadAloudPlayer } from '../components/ReadAloudPlayer';
import { PopupView } from '../components/PopupView';
import { ReadingSettings } from '../components/ReadingSettings';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { describeTabSite } from '../entrypoints/popup/tab-site';
import { trustedClick } from '../tests/support/trusted-events';

/**
 * Right-to-left (G6): our UI rendered with dir="rtl" forced (no Arabic catalogue yet) keeps
 * the direction on its root and sets no physical left/right inline style. Layout itself is
 * checked in real Chromium (tests/e2e/a11y.e2e.ts, RTL screenshot); the CSS is linted by
 * tests/contract/rtl.test.ts.
 */
// Page translator: every area, the popup-only ones included (same strings in the overlay).
const rtl: Translator = { ...createPageTranslator('fr'), dir: 'rtl' };
const PHYSICAL = /(?:^|;|\s)(?:margin-|padding-|border-)?(?:left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)/;
const contexts: Array<{ abort: () => void }> = [];
afterEach(() => {
  cleanup();
  contexts.splice(0).forEach((c) => c.abort());
  document.body.replaceChildren();
});

function physicalInlineStyles(root: ParentNode): string[] {
  return [...root.querySelectorAll('[style]')].map((e) => e.getAttribute('style') ?? '').filter((style) => PHYSICAL.test(style));
}

/** A realistic portal form, so field-anchored features (help, glossary…) have something to attach to. */
function portalForm() {
  const form = document.createElement('form');
  const p = document.createElement('p');
  p.textContent = "Déclarez vos ressources du trimestre. Le revenu fiscal de référence figure sur votre avis d'imposition.";
  const label = document.createElement('label');
  label.htmlFor = 'numeroFiscal';
  label.textContent = 'Numéro fiscal';
  const input = document.createElement('input');
  input.id = 'numeroFiscal';
  input.name = 'numeroFiscal';
  form.append(p, label, input);
  document.body.append(form);
  return input;
}

describe('right-to-left rendering of our UI (dir="rtl" forced)', () => {
  it(`every registered feature (${overlayFeatures.map((f) => f.id).join(', ')}) renders under dir="rtl" without physical inline styles`, async () => {
    const input = portalForm();
    for (const url of ['https://www.caf.fr/espace/declaration-trimestrielle', 'https://cfspart.impots.gouv.fr/declaration']) {
      const page = createTestPageContext(url);
      contexts.push(page);
      const { container, unmount } = render(<OverlayRoot page={{ ...page, i18n: rtl }} features={overlayFeatures} />);
      await act(async () => {
        input.focus();
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
      for (const button of container.querySelectorAll('button[aria-expanded="false"]')) {
        trustedClick(button);
      }
      expect(container.querySelector('.cac-root')?.getAttribute('dir')).toBe('rtl');
      expect(physicalInlineStyles(container)).toEqual([]);
      unmount();
    }
  });

  it('read-aloud controls, popup and settings render under dir="rtl" without physical inline styles', () => {
    document.documentElement.dir = 'rtl';
    const { container } = render(
      <div dir="rtl">
        <ReadAloudButton text="Première phrase. Deuxième phrase." i18n={rtl} />
        <ReadAloudPlayer text="Première phrase. Deuxième phrase." i18n={rtl} options={{ rate: 0.9 }} />
        <PopupView site={describeTabSite('https://www.caf.fr/')} i18n={rtl} reading={{ settings: DEFAULT_SETTINGS, onChange: () => undefined }} />
        <ReadingSettings settings={{ ...DEFAULT_SETTINGS, textScale: 1.5 }} i18n={rtl} onChange={() => undefined} />
      </div>,
    );
    expect(container.querySelectorAll('.cac-read__sentence')).toHaveLength(2);
    expect(physicalInlineStyles(container)).toEqual([]);
    document.documentElement.dir = '';
  });
});
