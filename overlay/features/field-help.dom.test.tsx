// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { OverlayRoot } from '../OverlayRoot';
import { buildPageReport } from '../page-report';
import { fieldHelp } from './field-help';
import { flush, guidedPage, loadPractice, trusted } from '../guide/test-guide';
import { card, findSection, section, trustedClick } from '../layout/test-layout';

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

  it('opens a plain-words section of the one card when the person focuses a known field, and closes it on Escape', async () => {
    const page = await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    const nir = document.getElementById('nir')!;
    trusted(nir, new FocusEvent('focusin', { bubbles: true }));
    const help = await findSection('field-help');
    expect(screen.getByRole('region', { name: 'Aide de Côte à côte' })).toBe(card());
    expect(help.textContent).toContain('C\'est quoi ?');
    expect(help.textContent).toContain('Il est sur votre carte Vitale.');
    expect(help.textContent).toContain('Pourquoi on vous le demande ?');
    // The card is about the field: the layout places it beside the field, never over it.
    expect(page.services.layout.choice.get()).toMatchObject({ kind: 'field', anchor: nir });
    trusted(document, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(section('field-help')).toBeNull();
    expect(card()?.hidden).toBe(true);
  });

  it('the "?" beside a field opens the same section and says it is open; a second trusted click closes it, a synthetic one does nothing', async () => {
    const page = await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    const q = screen.getByRole('button', { name: /Numéro de sécurité sociale/ });
    expect(q.classList.contains('cac-help__q')).toBe(true);
    // The layout knows which field each "?" belongs to (it places it beside, and Tab goes there from the field).
    expect(page.services.layout.marks.get(q)).toBe(document.getElementById('nir'));
    q.click();
    await flush();
    expect(q.getAttribute('aria-expanded')).toBe('false');
    expect(section('field-help')).toBeNull();
    trustedClick(q);
    expect((await findSection('field-help')).textContent).toContain('Il est sur votre carte Vitale.');
    expect(q.getAttribute('aria-expanded')).toBe('true');
    trustedClick(q);
    await flush();
    expect(section('field-help')).toBeNull();
  });

  it('ignores a focus a page script could fake', async () => {
    const page = await setup('www.caf.fr/connexion.html', 'https://www.caf.fr/connexion');
    document.getElementById('nir')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await flush();
    expect(section('field-help')).toBeNull();
    expect(card()?.hidden).toBe(true);
  });

  it('gives a gentle format hint after the person leaves the field, and keeps nothing of the value', async () => {
    const page = await setup('cfspart.impots.gouv.fr/connexion.html', 'https://cfspart.impots.gouv.fr/connexion');
    const spi = document.getElementById('spi') as HTMLInputElement;
    spi.value = '30000000000';
    trusted(spi, new FocusEvent('focusout', { bubbles: true }));
    trusted(spi, new FocusEvent('focusin', { bubbles: true }));
    const help = await findSection('field-help');
    expect(help.textContent).toContain('Le numéro semble trop court.');
    expect(help.querySelector('[role="status"]')?.textContent).toContain('Le numéro semble trop court.');
    expect(document.body.textContent).not.toContain('30000000000');
    expect(JSON.stringify(await buildPageReport(document, page.portal, page.services))).not.toContain('30000000000');
  });

  it('shows nothing on a page no pack covers', async () => {
    await setup('www.caf.fr/index.html', 'https://www.caf.fr/');
    expect(document.querySelector('[data-feature="field-help"]')).toBeNull();
  });
});
