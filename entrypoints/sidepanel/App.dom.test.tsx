// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { noticeText } from '../../core/session/notice';
import { createPageTranslator } from '../../lib/i18n-pages';
import { SidePanelApp } from './App';
import { CAF_SCOPE, fakeBackground, fakeEnv, NOW, REPORT, sessionIn, type FakeBackground, type FakeEnv } from './test-fakes';
import { trustedClickAndWait as click } from '../../tests/support/trusted-events';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
const fr = createPageTranslator('fr');


const byTestId = (id: string) => screen.getByTestId(id);
const acts = (bg: FakeBackground) => bg.calls.filter((c) => c.type === 'session.act').map((c) => (c.payload as { action: { type: string } }).action);

async function mount(bg: FakeBackground, env: FakeEnv = fakeEnv()) {
  const utils = render(<SidePanelApp i18n={fr} send={bg.send} env={env} speech={() => null} />);
  await screen.findByRole('heading', { level: 2 });
  // Effects run after paint: the screen is settled once its heading has the focus.
  await waitFor(() => expect(document.activeElement?.id).toBe('panel-screen-title'));
  return { ...utils, env };
}

/** No field where anybody could type notes about the person, in any screen. */
function expectNoFreeText(container: Element) {
  const typable = [...container.querySelectorAll('textarea, [contenteditable], input:not([type="radio"]):not([type="checkbox"]), select')];
  // The one select allowed: the reading speed of "Lire à voix haute".
  expect(typable.filter((e) => !e.closest('.cac-read__rate'))).toEqual([]);
}

describe('side panel, no session', () => {
  it('says what accompanied mode is and starts a session on a trusted click only', async () => {
    const bg = fakeBackground(null);
    const { container } = await mount(bg);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Session accompagnée');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Aider une personne à côté de vous');
    expect(screen.getByText("L'extension ne garde rien sur la personne.")).toBeTruthy();
    expect(document.activeElement?.id).toBe('panel-screen-title');
    expectNoFreeText(container);

    byTestId('start').click(); // synthetic: ignored
    await act(async () => undefined);
    expect(acts(bg)).toEqual([]);

    await click(byTestId('start'));
    expect(acts(bg)).toEqual([{ type: 'start' }]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Choisir la démarche');
    expect(document.activeElement?.id).toBe('panel-screen-title');
  });

  it('says when the background does not answer, and tries again', async () => {
    const bg = fakeBackground(null);
    bg.answers.down = true;
    render(<SidePanelApp i18n={fr} send={bg.send} env={fakeEnv()} />);
    expect((await screen.findByRole('alert')).textContent).toBe("L'extension ne répond pas. Réessayez dans un instant.");
    bg.answers.down = false;
    await click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(byTestId('start')).toBeTruthy();
  });
});

describe('side panel, scope', () => {
  it('groups the procedures by portal, preselects the guided one and its category, and declares the scope', async () => {
    const bg = fakeBackground(sessionIn('scope'));
    const { container } = await mount(bg);
    const groups = [...container.querySelectorAll('.panel__group > legend')].map((l) => l.textContent);
    expect(groups).toEqual(['Ameli', 'CAF', 'impots.gouv']);
    expect((byTestId('procedure-caf-declaration-trimestrielle') as HTMLInputElement).checked).toBe(true);
    expect((byTestId('category-social') as HTMLInputElement).checked).toBe(true);
    expect(container.querySelectorAll('input[name="category"]').length).toBe(10);
    expect(screen.getByLabelText('Étranger')).toBeTruthy();
    expectNoFreeText(container);

    // Another procedure: its suggested category comes with it; the worker may still change it.
    await act(async () => byTestId('procedure-impots-connexion').click());
    expect((byTestId('category-argent') as HTMLInputElement).checked).toBe(true);
    await act(async () => byTestId('category-famille').click());
    await click(byTestId('continue'));
    expect(acts(bg)).toEqual([{ type: 'choose-scope', scope: { packId: 'impots-connexion', portal: 'impots', category: 'famille' } }]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Lire avec la personne');
  });

  it('asks for a procedure when none is chosen, and cancels', async () => {
    const bg = fakeBackground(sessionIn('scope'), null);
    await mount(bg);
    expect(screen.queryAllByRole('radio', { checked: true })).toEqual([]);
    await click(byTestId('continue'));
    expect(screen.getByRole('alert').textContent).toBe('Choisissez une démarche.');
    expect(acts(bg)).toEqual([]);
    await click(byTestId('cancel'));
    expect(acts(bg)).toEqual([{ type: 'cancel' }]);
    expect(byTestId('start')).toBeTruthy();
  });

  it('says first that the person left the portal, with the previous scope preselected', async () => {
    const bg = fakeBackground(sessionIn('scope', { scopeReason: 'left-portal', scope: { ...CAF_SCOPE, category: 'famille' }, agreed: { ...CAF_SCOPE, category: 'famille' } }));
    await mount(bg);
    expect(byTestId('scope-reason').textContent).toBe('La personne est allée sur un autre site. Choisissez la démarche à nouveau.');
    expect((byTestId('procedure-caf-declaration-trimestrielle') as HTMLInputElement).checked).toBe(true);
    expect((byTestId('category-famille') as HTMLInputElement).checked).toBe(true);
    // Back to the agreed scope: straight back to the accompaniment (no new agreement).
    await click(byTestId('continue'));
    expect(bg.session()?.phase).toBe('accompanied');
  });

  it('says so when the person started another procedure', async () => {
    await mount(fakeBackground(sessionIn('scope', { scopeReason: 'left-procedure', scope: { ...CAF_SCOPE }, agreed: { ...CAF_SCOPE } })));
    expect(byTestId('scope-reason').textContent).toBe('La personne a commencé une autre démarche. Choisissez la démarche à nouveau.');
  });
});

describe('side panel, notice', () => {
  it('shows the plain notice to read with the person, read aloud, and the two answers', async () => {
    const bg = fakeBackground(sessionIn('notice'));
    const { container } = await mount(bg);
    const notice = byTestId('notice-text').textContent ?? '';
    expect(notice).toContain('Vous faites cette démarche\u00a0: Déclarer vos ressources à la CAF.');
    // The same lines as the person's notice on their page (overlay/features/session-cues.dom.test.tsx), in order.
    const lines = noticeText(fr.t, 'Déclarer vos ressources à la CAF').split('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(notice).toContain(lines.join(''));
    expect(screen.getByRole('button', { name: 'Lire' })).toBeTruthy();
    expect(screen.getByText("Le même texte et les mêmes boutons sont sur l'écran de la personne.")).toBeTruthy();
    expectNoFreeText(container);
    await click(byTestId('agree'));
    expect(acts(bg)).toEqual([{ type: 'agree' }]);
    expect(bg.session()?.phase).toBe('accompanied');
    expect(byTestId('token').textContent).toContain("C'est la personne qui tape");
  });

  it('"La personne refuse" ends the session', async () => {
    const bg = fakeBackground(sessionIn('notice'));
    await mount(bg);
    await click(byTestId('decline'));
    expect(bg.session()).toBeNull();
    expect(byTestId('start')).toBeTruthy();
    expect(screen.queryByTestId('session-finished')).toBeNull(); // nothing was counted
  });
});

describe('side panel, accompanied', () => {
  it('shows portal, procedure, step, timer, token, papers, reminders and the notes box; no free text anywhere', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    const { container } = await mount(bg);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Déclarer vos ressources à la CAF');
    expect(byTestId('where').textContent).toContain("Site : CAF — Caisse d'allocations familiales");
    expect(byTestId('step').textContent).toBe('Étape 2 sur 5 : Tapez votre mot de passe');
    expect(byTestId('timer').textContent).toBe('01:05');
    expect(byTestId('token').textContent).toBe("⌨ C'est la personne qui tape");
    expect(await screen.findByText('Raccourci clavier : Alt+Shift+T.')).toBeTruthy();
    expect(screen.getAllByRole('checkbox').length).toBe(2);
    const reminders = [...byTestId('reminders').querySelectorAll('li')].map((li) => li.textContent);
    expect(reminders[0]).toBe("Tournez l'écran vers la personne : elle tape son mot de passe seule.");
    expect(reminders).toContain("N'écrivez jamais ses numéros sur un papier.");
    expect(reminders).toContain('Regardez ailleurs quand la personne tape un mot de passe ou un code.'); // never on the person's page
    expect(screen.getByText(/Pas de prise de notes ici : l'extension ne garde aucun dossier sur les personnes\./)).toBeTruthy();
    expectNoFreeText(container);
  });

  it('keeps the papers checklist in memory only', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    await mount(bg);
    const box = screen.getByRole('checkbox', { name: 'Vos fiches de paie des 3 derniers mois.' }) as HTMLInputElement;
    await act(async () => box.click());
    expect(box.checked).toBe(true);
    expect(bg.calls.map((c) => c.type)).not.toContain('session.act');
  });

  it('the timer ticks from the background clock plus the time since the answer', async () => {
    const env = fakeEnv();
    await mount(fakeBackground(sessionIn('accompanied', { startedAt: NOW - 3_599_000 })), env);
    expect(byTestId('timer').textContent).toBe('59:59');
    env.time.now += 61_000;
    await waitFor(() => expect(byTestId('timer').textContent).toBe('1 h 01'), { timeout: 2000 });
  });

  it('"Passer le clavier" switches the token and says it in the live region', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    await mount(bg);
    await click(byTestId('switch'));
    expect(acts(bg)).toEqual([{ type: 'switch-typist' }]);
    expect(byTestId('token').textContent).toBe("⌨ C'est vous qui tapez");
    expect(document.querySelector('.panel__sr')?.textContent).toBe("C'est vous qui tapez");
    expect(document.querySelector('.panel__sr')?.getAttribute('role')).toBe('status');
  });

  it('dims the whole panel while the person types a secret code, then comes back', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    const { env } = await mount(bg);
    expect(screen.queryByTestId('secret-dim')).toBeNull();
    (byTestId('refresh-report') as HTMLButtonElement).focus();
    bg.setSession(sessionIn('accompanied', { secretFocus: true, secretsTyped: true }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    env.change();
    env.change(); // a burst of events: one request
    await act(async () => void vi.advanceTimersByTime(200));
    vi.useRealTimers();
    await act(async () => undefined);
    expect(bg.calls.filter((c) => c.type === 'session.get').length).toBe(2);
    expect(byTestId('secret-dim').textContent).toBe('La personne tape un code secret. Regardez ailleurs, ne notez rien.');
    const content = document.querySelector('.panel__content') as HTMLElement & { inert?: boolean };
    expect(content.inert === true || content.hasAttribute('inert')).toBe(true);
    expect((byTestId('switch') as HTMLButtonElement).disabled).toBe(true);
    expect(document.querySelector('.panel__sr')?.textContent).toBe('La personne tape un code secret. Regardez ailleurs, ne notez rien.');
    (document.activeElement as HTMLElement).blur(); // what a browser does to a focused element made inert

    bg.setSession(sessionIn('accompanied', { secretsTyped: true }));
    env.change();
    await waitFor(() => expect(screen.queryByTestId('secret-dim')).toBeNull());
    await waitFor(() => expect(document.querySelector('.panel__sr')?.textContent).toBe('La personne a fini de taper son code secret.'));
    expect((byTestId('switch') as HTMLButtonElement).disabled).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(byTestId('refresh-report'))); // the focus is back where it was
  });

  it('lists what the extension sees and shows a field on the person\'s screen', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    await mount(bg);
    const rows = [...byTestId('seen').querySelectorAll('li.panel__field')].map((li) => li.textContent);
    expect(rows).toEqual([
      'Numéro de sécurité socialeContenu : numéro de sécurité socialeAide du guide : ouiMontrer ce champ',
      'Mot de passeContenu : mot de passeAide du guide : nonMontrer ce champ',
    ]);
    expect(byTestId('missed-steps').textContent).toBe('Repère introuvable : Se connecter');
    const buttons = screen.getAllByTestId('show-field');
    expect(buttons.map((b) => b.getAttribute('data-key'))).toEqual(['#nir', '#password']);
    expect(screen.getByRole('button', { name: 'Montrer ce champ : Mot de passe' })).toBe(buttons[1]);

    await click(buttons[1]!);
    expect(bg.calls.filter((c) => c.type === 'session.showField').map((c) => c.payload)).toEqual([{ key: '#password' }]);
    expect(byTestId('show-feedback').textContent).toBe("Montré sur l'écran de la personne : Mot de passe.");
    bg.answers.found = false;
    await click(buttons[0]!);
    expect(byTestId('show-feedback').textContent).toBe('Champ introuvable : Numéro de sécurité sociale.');
  });

  it('keeps the step, who types and the next thing at the top; sections fold with aria-expanded', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    await mount(bg);
    const glance = byTestId('glance');
    expect([...glance.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Étape 2 sur 5 : Tapez votre mot de passe',
      "⌨ C'est la personne qui tape",
      'À faire : suivez cette étape avec la personne.',
    ]);
    const fold = screen.getByRole('button', { name: "Ce que voit l'extension" });
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId('seen').getAttribute('aria-labelledby')).toBe(fold.id);
    await click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect((document.getElementById(fold.getAttribute('aria-controls')!) as HTMLElement).hidden).toBe(true);
    await click(fold);
    expect(screen.getAllByTestId('show-field').length).toBe(2);
  });

  it('a new page of the person clears "Montré sur l\'écran de la personne" and reads the page again', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    const { env } = await mount(bg);
    await click(screen.getAllByTestId('show-field')[0]!);
    expect(byTestId('show-feedback').textContent).toBe("Montré sur l'écran de la personne : Numéro de sécurité sociale.");
    const reads = bg.calls.filter((c) => c.type === 'session.report').length;
    bg.answers.report = { ...REPORT, fields: [REPORT.fields[1]!] };
    env.change({ page: true });
    await waitFor(() => expect(byTestId('show-feedback').textContent).toBe(''), { timeout: 2000 });
    await waitFor(() => expect(screen.getAllByTestId('show-field').length).toBe(1));
    expect(bg.calls.filter((c) => c.type === 'session.report').length).toBe(reads + 1);
  });

  it('"Actualiser" reads the page again; no followed page is said plainly', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    await mount(bg);
    const before = bg.calls.filter((c) => c.type === 'session.report').length;
    bg.answers.report = { ...REPORT, fields: [] };
    await click(byTestId('refresh-report'));
    expect(bg.calls.filter((c) => c.type === 'session.report').length).toBe(before + 1);
    expect(screen.getByText('Pas de champ à remplir sur cette page.')).toBeTruthy();
    bg.answers.report = null;
    await click(byTestId('refresh-report'));
    expect(screen.getByText("L'extension ne voit pas la page de la personne.")).toBeTruthy();
  });

  it('says clearly when the background refuses an action', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    await mount(bg);
    bg.answers.refuse = 'secret-field-focused';
    await click(byTestId('switch'));
    expect(screen.getByRole('alert').textContent).toBe("Attendez : la personne tape un code secret.");
    bg.answers.refuse = 'invalid-transition';
    await click(byTestId('end'));
    expect(screen.getByRole('alert').textContent).toBe("Cette action n'est plus possible. Le panneau est maintenant à jour.");
    bg.answers.refuse = null;
    await click(byTestId('end'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bg.session()?.phase).toBe('closing');
  });

  it('"Évaluer l\'autonomie numérique" opens the questionnaire in place; stopping it brings the button back', async () => {
    const bg = fakeBackground(sessionIn('accompanied'));
    await mount(bg);
    await click(byTestId('assess'));
    await click(await screen.findByRole('button', { name: 'Arrêter les questions' }, { timeout: 3000 }));
    await waitFor(() => expect(byTestId('assess')).toBeTruthy());
    expect(acts(bg)).toEqual([]); // nothing counted without the worker asking
  });

  it('stops listening when the panel closes', async () => {
    const { env, unmount } = await mount(fakeBackground(sessionIn('accompanied')));
    expect(env.listening()).toBe(true);
    unmount();
    await waitFor(() => expect(env.listening()).toBe(false));
  });
});

describe('side panel, closing and receipt', () => {
  it('after the person\'s Stop: says so, asks the outcome, opens the clean desk or takes it as done', async () => {
    const bg = fakeBackground(sessionIn('closing', { stoppedBy: 'person' }));
    const { env, container } = await mount(bg);
    expect(byTestId('stopped-by-person').textContent).toBe('La personne a arrêté la session.');
    expect(screen.getByRole('group', { name: 'La démarche est-elle terminée ?' })).toBeTruthy();
    await click(byTestId('outcome-yes'));
    expect(byTestId('outcome-yes').getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('outcome-no').getAttribute('aria-pressed')).toBe('false');
    await click(byTestId('clean-desk'));
    expect(env.cleanDesk).toBe(1);
    expectNoFreeText(container);
    await click(byTestId('desk-done'));
    expect(acts(bg)).toEqual([{ type: 'outcome', outcome: 'done' }, { type: 'desk-done' }]);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Reçu de la session');
  });

  it('the worker\'s own end does not say the person stopped', async () => {
    await mount(fakeBackground(sessionIn('closing', { stoppedBy: 'worker' })));
    expect(screen.queryByTestId('stopped-by-person')).toBeNull();
  });

  it('the receipt says the procedure, category, duration in words, secrets and clean desk, nothing else; finish counts it', async () => {
    const bg = fakeBackground(sessionIn('receipt', { secretsTyped: true, outcome: 'done', startedAt: NOW - 20 * 60_000, closedAt: NOW }));
    const { env, container } = await mount(bg);
    expect([...byTestId('receipt').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Démarche : Déclarer vos ressources à la CAF',
      'Catégorie : Social',
      'Durée : entre 15 et 30 minutes',
      'Les codes secrets ont été tapés par la personne.',
      'Bureau propre fait.',
    ]);
    expectNoFreeText(container);
    await click(byTestId('print'));
    expect(env.printed).toBe(1);
    await click(byTestId('finish'));
    expect(bg.counted).toEqual([{ procedure: 'caf-declaration-trimestrielle', category: 'social', month: '2025-03', duration: '15-30-min', completed: true, level: null }]);
    expect(byTestId('session-finished').textContent).toBe('Session terminée. Les statistiques ont été mises à jour.');
    expect(byTestId('start')).toBeTruthy();
  });

  it('no secrets line when none was typed', async () => {
    await mount(fakeBackground(sessionIn('receipt')));
    expect(byTestId('receipt').textContent).not.toContain('codes secrets');
  });
});
