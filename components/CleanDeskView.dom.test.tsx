// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { CleanDeskView, type CleanDeskViewProps } from './CleanDeskView';
import { CleanDeskReceipt } from './CleanDeskReceipt';
import { buildChecklist, emptyTrail, receiptLines, withDownload, withPortalVisit } from '../core/session/clean-desk';
import { createPageTranslator } from '../lib/i18n-pages';

afterEach(cleanup);
const fr = createPageTranslator('fr');
const trail = withDownload(withPortalVisit(withPortalVisit(emptyTrail(), 'https://www.caf.fr/'), 'https://assure.ameli.fr/compte'), 3);
const checklist = buildChecklist(trail, { caf: { url: 'https://www.caf.fr/', label: 'Me déconnecter' }, ameli: null });
const noop = () => undefined;
const props = (over: Partial<CleanDeskViewProps> = {}): CleanDeskViewProps => ({
  i18n: fr,
  checklist,
  files: [{ id: 3, name: 'attestation-droits.pdf', size: '822 octets', state: 'present', result: null }],
  steps: { logout: 'pending', files: 'pending', siteData: 'pending', tabs: 'pending' },
  siteData: null,
  openTabs: 2,
  tabsClosed: null,
  confirm: null,
  on: { logoutDone: noop, skip: noop, ask: noop, answer: noop, finish: noop },
  ...over,
});

describe('CleanDeskView', () => {
  it('lists the four steps with the portals, the pack logout link or the generic advice, the file and the tabs', () => {
    render(<CleanDeskView {...props()} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Étape 1 Se déconnecter de chaque site',
      'Étape 2 Supprimer les fichiers téléchargés',
      'Étape 3 Effacer les traces des sites',
      'Étape 4 Fermer les onglets de ces sites',
    ]);
    expect(screen.getByRole('link', { name: "Se déconnecter de CAF — Caisse d'allocations familiales : Me déconnecter" }).getAttribute('href')).toBe('https://www.caf.fr/');
    expect(screen.getByText(/cherchez « Se déconnecter »/)).toBeTruthy();
    expect(screen.getByText('attestation-droits.pdf')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Supprimer attestation-droits.pdf' })).toBeTruthy();
    expect(screen.getByText('Onglets ouverts sur ces sites : 2')).toBeTruthy();
    expect(document.activeElement?.id).toBe('desk-title');
  });

  it('asks before deleting: the question takes the focus, "Non" comes first', () => {
    const { rerender } = render(<CleanDeskView {...props()} />);
    rerender(<CleanDeskView {...props({ confirm: { kind: 'file', id: 3, name: 'attestation-droits.pdf' } })} />);
    const group = screen.getByRole('group');
    expect(document.activeElement?.textContent).toBe('Voulez-vous vraiment supprimer attestation-droits.pdf ? Vous ne pourrez pas le récupérer.');
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Non, annuler', 'Oui, supprimer']);
  });

  it('shows each result and each step status', () => {
    render(
      <CleanDeskView
        {...props({
          files: [{ id: 3, name: 'attestation-droits.pdf', size: '', state: 'present', result: 'deleted' }],
          steps: { logout: 'done', files: 'done', siteData: 'done', tabs: 'skipped' },
          siteData: 'failed',
        })}
      />,
    );
    expect(screen.getByText('Supprimé : attestation-droits.pdf')).toBeTruthy();
    expect(screen.getByText(/Les traces ne sont pas effacées/)).toBeTruthy();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['Étape faite.', 'Étape faite.', 'Étape faite.', 'Étape passée.']);
  });

  it('has nothing to do after an empty session', () => {
    render(<CleanDeskView {...props({ checklist: buildChecklist(emptyTrail(), {}), files: [], openTabs: 0 })} />);
    for (const text of ["Vous n'avez utilisé aucun site officiel pendant cette session.", "Aucun fichier n'est arrivé sur cet ordinateur pendant cette session.", "Il n'y a pas de traces à effacer.", "Aucun onglet de ces sites n'est ouvert."]) {
      expect(screen.getByText(text)).toBeTruthy();
    }
  });
});

describe('CleanDeskReceipt', () => {
  it('tells what was done in counts and portal names, with lines to copy references by hand', () => {
    const lines = receiptLines(
      {
        logout: { status: 'done', result: { confirmed: true } },
        files: { status: 'done', result: { deleted: 1, failed: 0, kept: 0 } },
        siteData: { status: 'skipped' },
        tabs: { status: 'done', result: { closed: 2 } },
      },
      checklist,
    );
    render(<CleanDeskReceipt i18n={fr} lines={lines} portalNames={checklist.portals.map((p) => p.name)} date="samedi 22 novembre 2026 à 10:05" forgotten onPrint={noop} onClose={noop} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Déconnexion : faite.',
      'Fichiers supprimés : 1. Fichiers pas supprimés : 0.',
      'Traces des sites : pas effacées.',
      'Onglets fermés : 2.',
    ]);
    expect(screen.getByText('Fait le samedi 22 novembre 2026 à 10:05.')).toBeTruthy();
    expect(screen.getByText(/Recopiez-le à la main/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('est effacée');
    expect(document.activeElement?.id).toBe('receipt-title');
  });
});
