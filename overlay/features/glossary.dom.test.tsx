// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { backgroundMessages } from '../../core/protocol/messages';
import { contractDouble } from '../../tests/support/contract-double';
import { trustedClick } from '../../tests/support/trusted-events';
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { OverlayRoot } from '../OverlayRoot';
import { createTestPageContext } from '../test-page-context';
import { createGlossary, type Send } from './glossary';
import { CardSection } from '../layout/Card';
import { LauncherItem } from '../layout/Launcher';
import { ReadAloudButton } from '../../components/ReadAloudButton';
import type { GlossaryCard, GlossaryTerm } from '../../core/text/glossary-schema';
import { launcherButton, openTray, tray } from '../layout/test-layout';

const TERMS: GlossaryTerm[] = [
  { id: 'rsa', term: 'RSA', aliases: ['revenu de solidarité active'], caps: [] },
  { id: 'caf', term: 'CAF', aliases: ['Caf'], caps: [] },
  { id: 'are', term: 'ARE', aliases: [], caps: ['ARE'] },
  { id: 'msa', term: 'MSA', aliases: [], caps: [] },
];
const CARDS: Record<string, GlossaryCard> = {
  rsa: { id: 'rsa', term: 'RSA', plain: 'Le RSA est une aide en argent.', example: 'Vous pouvez le demander.', sensitive: false },
  caf: { id: 'caf', term: 'CAF', plain: 'La CAF verse les aides.', example: null, sensitive: false },
};

/** A scripted background behind the contract: what the real handlers answer, and the messages it got. */
function fakeBackground(known: string[] = []) {
  const double = contractDouble<typeof backgroundMessages>(backgroundMessages, {
    'glossary.terms': () => ({ terms: TERMS, known }),
    'glossary.entry': ({ id }) => ({ entry: CARDS[id] ?? null }),
    'glossary.known': ({ id }) => ({ known: [id] }),
  });
  return { send: double.send, sent: double.calls };
}


function setup(html: string, known: string[] = []) {
  document.body.innerHTML = html; // test fixture only: the page under test
  const page = createTestPageContext('https://www.caf.fr/');
  const bg = fakeBackground(known);
  const feature = createGlossary({ send: bg.send, CardSection, ReadAloudButton, LauncherItem });
  const utils = render(<OverlayRoot page={page} features={[feature]} />);
  return { page, ...bg, ...utils };
}

/** The list's button, in the launcher's tray: the person opens the tray first. */
async function findOpen(name: string | RegExp): Promise<HTMLElement> {
  await openTray();
  const open = await screen.findByRole('button', { name });
  expect(tray()?.contains(open)).toBe(true);
  return open;
}

let abort: (() => void) | undefined;
afterEach(() => {
  abort?.();
  cleanup();
  document.body.innerHTML = '';
});

const PAGE = `
  <main>
    <p id="prose">Le revenu de solidarité active (RSA) est versé par la Caf. PAREIL, are.</p>
    <input value="RSA"><textarea>CAF</textarea>
    <div contenteditable="true">RSA CAF</div>
    <script>var RSA = 1;</script>
    <p hidden>ARE</p>
    <div style="display: none"><p>MSA</p></div>
  </main>`;

describe('glossary feature', () => {
  it('finds terms in page text only (not fields, scripts, editable or hidden parts) and reports them', async () => {
    const { page } = setup(PAGE);
    abort = page.abort;
    // In the launcher's tray: out of the way (hidden) until the person opens it.
    await waitFor(() => expect(tray()?.querySelector('.cac-gloss__open')?.textContent).toBe('Mots expliqués sur cette page (2)'));
    expect(tray()?.hidden).toBe(true);
    expect(screen.queryByRole('button', { name: /Mots expliqués/ })).toBeNull();
    const open = await findOpen('Mots expliqués sur cette page (2)');
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(page.services.report.glossary.get()()).toEqual(['RSA', 'CAF']);
  });

  it('opens the list with the keyboard path, explains a term, and "Je connais ce mot" removes it', async () => {
    const { page, sent } = setup(PAGE);
    abort = page.abort;
    trustedClick(await findOpen(/Mots expliqués sur cette page/));
    const region = screen.getByRole('region', { name: 'Mots expliqués sur cette page' });
    const rsa = screen.getByRole('button', { name: 'RSA' });
    expect(region.contains(rsa)).toBe(true);
    trustedClick(rsa);
    expect(rsa.getAttribute('aria-expanded')).toBe('true');
    await screen.findByText('Le RSA est une aide en argent.');
    trustedClick(screen.getByRole('button', { name: 'Je connais ce mot' }));
    await screen.findByRole('button', { name: 'Mots expliqués sur cette page (1)' });
    expect(page.services.report.glossary.get()()).toEqual(['CAF']);
    expect(sent).toContainEqual({ type: 'glossary.known', payload: { id: 'rsa' } });
    expect(screen.getByRole('status').textContent).toContain('RSA');
  });

  it('ignores synthetic clicks', async () => {
    const { page } = setup(PAGE);
    abort = page.abort;
    // Neither the launcher's button nor the list's opens on a page script's click.
    await waitFor(() => expect(tray()?.querySelector('.cac-gloss__open')).not.toBeNull());
    act(() => void launcherButton()!.click());
    expect(tray()?.hidden).toBe(true);
    const open = await findOpen(/Mots expliqués/);
    act(() => void open.click());
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('cac-gloss-list')).toBeNull();
  });

  it('leaves out the terms already known this session', async () => {
    const { page } = setup(PAGE, ['rsa']);
    abort = page.abort;
    await findOpen('Mots expliqués sur cette page (1)');
    expect(page.services.report.glossary.get()()).toEqual(['CAF']);
  });

  it('scans text added later (one shared DOM watcher), and closes the list with Escape', async () => {
    const { page } = setup('<p>La Caf.</p>');
    abort = page.abort;
    const open = await findOpen('Mots expliqués sur cette page (1)');
    const more = document.createElement('p');
    more.textContent = 'Vous touchez le RSA.';
    document.body.append(more);
    await screen.findByRole('button', { name: 'Mots expliqués sur cette page (2)' });
    trustedClick(open);
    const region = screen.getByRole('region', { name: 'Mots expliqués sur cette page' });
    act(() => void region.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Mots expliqués sur cette page' })).toBeNull());
    expect(open.getAttribute('aria-expanded')).toBe('false');
    // The list closed, the tray stays open and the focus is back on the list's button.
    expect(tray()?.hidden).toBe(false);
    expect(document.activeElement).toBe(open);
  });

  it('shows nothing on a page without terms', async () => {
    const { page, container, sent } = setup('<p>Bonjour.</p>');
    abort = page.abort;
    await waitFor(() => expect(sent.length).toBe(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(container.querySelector('[data-feature="glossary"]')).toBeNull();
  });
});
