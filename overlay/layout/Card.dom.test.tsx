// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SECTION_PRIORITY, type SectionKind } from '../../core/layout/select-card';
import { OverlayRoot } from '../OverlayRoot';
import { fieldHelp } from '../features/field-help';
import { reminderBubble } from '../features/reminder-bubble';
import { secretReminder } from '../features/secret-reminder';
import { identifierReminder } from '../features/identifier-reminder';
import { createWalkthrough } from '../features/walkthrough';
import { flush, guidedPage, loadPractice, memoryBackground, trusted } from '../guide/test-guide';
import { CardSection, ContextCard, LayoutContext } from './Card';
import { createLayoutState, type Anchor, type LayoutState } from './layout-state';
import { card, cardActions, findSection, section, sectionIds, trustedClick } from './test-layout';

/**
 * The ONE contextual card (overlay/layout/Card.tsx): features declare sections, the layout
 * chooses which are on screen (core/layout/select-card.ts), the card renders them in that
 * order. Where the card goes is the coordinator's job (needs layout: e2e), not tested here.
 */
interface Decl {
  id: string;
  kind: SectionKind;
  priority: number;
  anchor: Anchor | null;
  action?: string;
}

function Harness({ layout, decls }: { layout: LayoutState; decls: Decl[] }) {
  return (
    <LayoutContext.Provider value={layout}>
      <ContextCard layout={layout} label={(kind) => (kind === 'notice' ? 'Avis' : 'Aide')} />
      {decls.map(({ id, kind, priority, anchor, action }) => (
        <CardSection key={id} id={id} kind={kind} priority={priority} anchor={anchor} label={`section ${id}`} actions={action ? <button type="button">{action}</button> : undefined}>
          <p>texte {id}</p>
        </CardSection>
      ))}
    </LayoutContext.Provider>
  );
}

describe('the one card: sections the layout chose, in order', () => {
  let layout: LayoutState;
  let field: HTMLInputElement;
  let other: HTMLInputElement;
  beforeEach(() => {
    document.body.innerHTML = '<label for="a">A</label><input id="a"><label for="b">B</label><input id="b">';
    field = document.getElementById('a') as HTMLInputElement;
    other = document.getElementById('b') as HTMLInputElement;
    layout = createLayoutState();
  });
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  const mount = (decls: Decl[]) => render(<Harness layout={layout} decls={decls} />);
  const bodies = () => [...(card()?.querySelectorAll('.cac-section') ?? [])].map((s) => s.textContent);

  it('is one hidden region while nothing is declared, and there is only ever one card', async () => {
    const { rerender } = mount([]);
    expect(document.querySelectorAll('.cac-context')).toHaveLength(1);
    expect(card()?.hidden).toBe(true);
    expect(card()?.textContent).toBe('');
    rerender(<Harness layout={layout} decls={[{ id: 'field-help', kind: 'field', priority: SECTION_PRIORITY.fieldHelp, anchor: field }]} />);
    await findSection('field-help');
    expect(document.querySelectorAll('.cac-context')).toHaveLength(1);
    expect(card()?.hidden).toBe(false);
    expect(card()?.getAttribute('role')).toBe('region');
    expect(card()?.getAttribute('aria-label')).toBe('Aide');
    expect(card()?.dataset.kind).toBe('field');
  });

  it('puts the sections in priority order in the DOM — secret reminder, step, field help — whatever order they were declared in, and their buttons in the foot', async () => {
    mount([
      { id: 'field-help', kind: 'field', priority: SECTION_PRIORITY.fieldHelp, anchor: field, action: 'Fermer' },
      { id: 'step', kind: 'step', priority: SECTION_PRIORITY.step, anchor: field, action: 'Suivant' },
      { id: 'reminder', kind: 'field', priority: SECTION_PRIORITY.secretReminder, anchor: field },
    ]);
    await findSection('field-help');
    expect(sectionIds()).toEqual(['reminder', 'step', 'field-help']);
    expect(bodies()).toEqual(['texte reminder', 'texte step', 'texte field-help']);
    // Primary buttons in the foot (never scrolled away with the text), in the same order, not in the body.
    const foot = cardActions()!;
    expect([...foot.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Suivant', 'Fermer']);
    expect(card()!.querySelector('.cac-context__body button')).toBeNull();
    expect(foot.compareDocumentPosition(card()!.querySelector('.cac-context__body')!) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    // Each section is a named group (its own label while the card has several).
    expect(screen.getByRole('group', { name: 'section reminder' }).textContent).toBe('texte reminder');
  });

  it('renders a section only while it is chosen: a hover stands alone, then the field\'s sections come back', async () => {
    const fieldDecls: Decl[] = [
      { id: 'reminder', kind: 'field', priority: SECTION_PRIORITY.reminder, anchor: field },
      { id: 'field-help', kind: 'field', priority: SECTION_PRIORITY.fieldHelp, anchor: field },
    ];
    const { rerender } = mount(fieldDecls);
    await findSection('field-help');
    const box = { top: 10, left: 10, width: 40, height: 16 };
    rerender(<Harness layout={layout} decls={[...fieldDecls, { id: 'glossary', kind: 'hover', priority: SECTION_PRIORITY.glossary, anchor: box }]} />);
    await findSection('glossary');
    expect(sectionIds()).toEqual(['glossary']);
    expect(bodies()).toEqual(['texte glossary']);
    expect(card()?.dataset.kind).toBe('hover');
    rerender(<Harness layout={layout} decls={fieldDecls} />);
    await findSection('reminder');
    expect(sectionIds()).toEqual(['reminder', 'field-help']);
    expect(document.body.textContent).not.toContain('texte glossary');
  });

  it('is about one thing: sections about another field wait until the first field\'s are gone', async () => {
    const { rerender } = mount([
      { id: 'reminder', kind: 'field', priority: SECTION_PRIORITY.reminder, anchor: field },
      { id: 'field-help', kind: 'field', priority: SECTION_PRIORITY.fieldHelp, anchor: other },
    ]);
    await findSection('reminder');
    expect(sectionIds()).toEqual(['reminder']);
    expect(section('field-help')).toBeNull();
    expect(layout.choice.get().anchor).toBe(field);
    rerender(<Harness layout={layout} decls={[{ id: 'field-help', kind: 'field', priority: SECTION_PRIORITY.fieldHelp, anchor: other }]} />);
    await findSection('field-help');
    expect(sectionIds()).toEqual(['field-help']);
    expect(layout.choice.get().anchor).toBe(other);
  });

  it('shows the notice alone, as a dialog, before anything else; the rest comes back after it', async () => {
    const rest: Decl[] = [
      { id: 'reminder', kind: 'field', priority: SECTION_PRIORITY.secretReminder, anchor: field },
      { id: 'step', kind: 'step', priority: SECTION_PRIORITY.step, anchor: field, action: 'Suivant' },
      { id: 'glossary', kind: 'hover', priority: SECTION_PRIORITY.glossary, anchor: { top: 1, left: 1, width: 1, height: 1 } },
    ];
    const { rerender } = mount([...rest, { id: 'session-notice', kind: 'notice', priority: SECTION_PRIORITY.notice, anchor: null, action: "J'accepte" }]);
    await findSection('session-notice');
    expect(sectionIds()).toEqual(['session-notice']);
    expect(card()?.getAttribute('role')).toBe('dialog');
    expect(card()?.getAttribute('aria-label')).toBe('Avis');
    expect(card()?.getAttribute('aria-modal')).toBeNull(); // the portal stays usable
    expect([...cardActions()!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(["J'accepte"]);
    expect(layout.choice.get()).toMatchObject({ kind: 'notice', sheet: true, anchor: null });
    rerender(<Harness layout={layout} decls={rest} />);
    await findSection('glossary');
    expect(sectionIds()).toEqual(['glossary']);
    expect(card()?.getAttribute('role')).toBe('region');
  });

  it('a section that goes away takes its buttons out of the foot; the card hides when the last one goes', async () => {
    const { rerender } = mount([
      { id: 'step', kind: 'step', priority: SECTION_PRIORITY.step, anchor: null, action: 'Suivant' },
      { id: 'field-help', kind: 'field', priority: SECTION_PRIORITY.fieldHelp, anchor: field, action: 'Fermer' },
    ]);
    await findSection('field-help');
    expect([...cardActions()!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Suivant', 'Fermer']);
    rerender(<Harness layout={layout} decls={[{ id: 'step', kind: 'step', priority: SECTION_PRIORITY.step, anchor: null, action: 'Suivant' }]} />);
    await waitFor(() => expect(section('field-help')).toBeNull());
    expect(sectionIds()).toEqual(['step']);
    expect([...cardActions()!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Suivant']);
    rerender(<Harness layout={layout} decls={[]} />);
    await waitFor(() => expect(card()?.hidden).toBe(true));
    expect(cardActions()!.querySelectorAll('button')).toHaveLength(0);
    expect(layout.sections.get().size).toBe(0);
  });
});

describe('the one card with the real features (CAF login: guide on the password step, the person in the password field)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup();
    document.body.textContent = '';
  });

  it('secret reminder first, then the step, then the field help — one card, about the password field', async () => {
    loadPractice('www.caf.fr/connexion.html');
    const url = 'https://www.caf.fr/connexion';
    const send = memoryBackground(() => url);
    const page = guidedPage(url, send);
    try {
      render(<OverlayRoot page={page} features={[secretReminder, identifierReminder, reminderBubble, fieldHelp, createWalkthrough(send)]} />);
      await flush();
      await flush();
      trustedClick(screen.getByRole('button', { name: /Commencer le guide/ }));
      await findSection('step');
      trustedClick(screen.getByRole('button', { name: 'Suivant' }));
      await waitFor(() => expect(section('step')?.querySelector('h2')?.textContent).toBe('Votre mot de passe'));
      const password = document.getElementById('password-caf-input')!;
      await act(() => password.focus());
      trusted(password, new FocusEvent('focusin', { bubbles: true }));
      await findSection('field-help');
      await findSection('reminder');
      expect(sectionIds()).toEqual(['reminder', 'step', 'field-help']);
      expect(document.querySelectorAll('.cac-context')).toHaveLength(1);
      expect(section('reminder')?.textContent).toContain('À vous de taper.');
      expect(page.services.layout.choice.get()).toMatchObject({ kind: 'field', anchor: password });
      // Every section's primary buttons in the foot (always on screen), in the sections' order:
      // the reminder's one "not again" and its close, the step's, then "Fermer l'aide".
      expect([...cardActions()!.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
        'Ne plus afficher pendant cette session',
        '×',
        'Précédent',
        'Suivant',
        'Arrêter le guide',
        "Fermer l'aide",
      ]);
      const close = cardActions()!.querySelector('.cac-section__actions[data-section="reminder"] .cac-reminder__close');
      expect(close?.getAttribute('aria-label')).toBe(page.i18n.t('privacy.reminder.close'));
      expect(cardActions()!.querySelectorAll('.cac-reminder__silence')).toHaveLength(1);
      // In the bodies: nothing to press in the reminder's; the help's read-aloud controls only, with what may wait.
      expect(section('reminder')!.querySelectorAll('button')).toHaveLength(0);
      const helpButtons = [...section('field-help')!.querySelectorAll('button')];
      expect(helpButtons.length).toBeGreaterThan(0);
      for (const b of helpButtons) expect(b.closest('.cac-secondary')).not.toBeNull();
    } finally {
      page.abort();
    }
  });
});
