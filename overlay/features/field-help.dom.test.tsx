// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { OverlayRoot } from '../OverlayRoot';
import { buildPageReport } from '../page-report';
import { fieldHelp } from './field-help';
import { flush, guidedPage, loadPractice, trusted } from '../guide/test-guide';

let abort = () => {};
afterEach(() => {
  cleanup();
  abort();
  document.body.textContent = '';
});

async function setup(file: string, url: string) {
  loadPractice(file);
  const page = guidedPage(url);
  abort = page.abort;
  render(<OverlayRoot page={page} features={[fieldHelp]} />);
  await flush();
  return page;
}

describe('field-help', () => {
  it('anchors the pack fields and feeds page.report: hint and sensitivity override', async () => {
    const page = await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    const report = await buildPageReport(document, page.portal, page.services);
    const nir = report.fields.find((f) => f.key === '#nir');
    expect(nir?.hint).toBe('Votre numéro de sécurité sociale, sans la clé. Il a 13 chiffres.');
    expect(nir?.sensitivity).toBe('social-security-number');
    expect(report.fields.find((f) => f.key === '#remember-caf')?.hint).toMatch(/garde votre compte ouvert/);
    expect(report.steps.filter((s) => s.id.startsWith('field:'))).toEqual([
      { id: 'field:nir', status: 'found', reason: null },
      { id: 'field:mot-de-passe', status: 'found', reason: null },
      { id: 'field:se-souvenir', status: 'found', reason: null },
    ]);
  });

  it('opens a plain-words card when the person focuses a known field, and closes it on Escape', async () => {
    await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    trusted(document.getElementById('nir')!, new FocusEvent('focusin', { bubbles: true }));
    const card = await screen.findByRole('dialog');
    expect(card.textContent).toContain('C\'est quoi ?');
    expect(card.textContent).toContain('Il est sur votre carte Vitale.');
    expect(card.textContent).toContain('Pourquoi on vous le demande ?');
    trusted(document, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('ignores a focus a page script could fake', async () => {
    await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    document.getElementById('nir')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await flush();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('gives a gentle format hint after the person leaves the field, and keeps nothing of the value', async () => {
    const page = await setup('cfspart.impots.gouv.fr/connexion.html', 'https://cfspart.impots.gouv.fr/connexion');
    const spi = document.getElementById('spi') as HTMLInputElement;
    spi.value = '30000000000';
    trusted(spi, new FocusEvent('focusout', { bubbles: true }));
    trusted(spi, new FocusEvent('focusin', { bubbles: true }));
    const card = await screen.findByRole('dialog');
    expect(card.textContent).toContain('Le numéro semble trop court.');
    expect(document.body.textContent).not.toContain('30000000000');
    expect(JSON.stringify(await buildPageReport(document, page.portal, page.services))).not.toContain('30000000000');
  });

  it('shows nothing on a page no pack covers', async () => {
    await setup('www.caf.fr/index.html', 'https://www.caf.fr/');
    expect(document.querySelector('[data-feature="field-help"]')).toBeNull();
  });
});
