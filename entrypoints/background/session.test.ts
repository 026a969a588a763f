import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SessionCount } from '../../core/session/accompanied';
import type { WorkerAction } from '../../core/session/panel-view';
import { loadPacks } from './packs';
import { createSession, monthOf } from './session';
import { startSessionEvents } from './session-events';
import { sessionItem } from '../../lib/storage-items';

const SESSION_KEY = sessionItem.key;
import { writeWalkthrough } from './walkthrough-store';



const CAF_SCOPE = { packId: 'caf-declaration-trimestrielle', portal: 'caf', category: 'social' } as const;

function setUp(start = Date.UTC(2026, 10, 22, 9, 0)) {
  const counts: SessionCount[] = [];
  let clock = start;
  const session = createSession({ packs: loadPacks().packs, record: async (c) => void counts.push(c), now: () => clock });
  const act = (action: WorkerAction) => session.handlers['session.act']({ action });
  return { session, counts, act, advance: (minutes: number) => (clock += minutes * 60_000) };
}

describe('background: accompanied session (W1)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs a whole session from the panel and the page; counts once; erases the session', async () => {
    const cafTab = await fakeBrowser.tabs.create({ url: 'https://wwwd.caf.fr/wps/portal/caffr/login' });
    const { session, counts, act, advance } = setUp();
    expect((await act({ type: 'start' })).view.session).toMatchObject({ phase: 'scope', tabId: cafTab.id });
    expect((await act({ type: 'choose-scope', scope: CAF_SCOPE })).view.session?.phase).toBe('notice');
    expect(await session.handlers['session.person']({ action: 'agree' })).toEqual({ done: true });
    expect(await session.handlers['session.secret']({ focused: true })).toEqual({ done: true });
    expect((await act({ type: 'switch-typist' })).refused).toBe('secret-field-focused');
    await session.handlers['session.secret']({ focused: false });
    expect((await act({ type: 'switch-typist' })).view.session).toMatchObject({ typist: 'worker', secretsTyped: true });
    advance(20);
    await act({ type: 'assess', level: 3 });
    await act({ type: 'end' });
    await act({ type: 'outcome', outcome: 'done' });
    await session.deskDone(); // the clean-desk page finished
    const receipt = await session.handlers['session.get']();
    expect(receipt.session).toMatchObject({ phase: 'receipt', secretsTyped: true, outcome: 'done' });
    const finished = await act({ type: 'finish' });
    expect(finished.view.session).toBeNull();
    expect(counts).toEqual([{ procedure: CAF_SCOPE.packId, category: 'social', month: '2026-11', duration: '15-30-min', completed: true, level: 3 }]);
    expect(await fakeBrowser.storage.session.get(SESSION_KEY)).toEqual({});
  });

  it('a service-worker restart loses nothing: a new background reads the same storage.session', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://wwwd.caf.fr/wps/portal/caffr/login' });
    const first = setUp();
    await first.act({ type: 'start' });
    await first.act({ type: 'choose-scope', scope: CAF_SCOPE });
    await first.act({ type: 'agree' });
    await first.act({ type: 'set-typist', typist: 'worker' });
    const restarted = setUp();
    expect((await restarted.session.handlers['session.get']()).session).toMatchObject({ phase: 'accompanied', typist: 'worker', tabId: tab.id, agreed: CAF_SCOPE });
  });

  it('the panel shows the followed tab\'s walkthrough step, papers and the step\'s confidentiality note', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://wwwd.caf.fr/wps/portal/caffr/login' });
    const { act, session } = setUp();
    await act({ type: 'start' });
    await act({ type: 'choose-scope', scope: CAF_SCOPE });
    await act({ type: 'agree' });
    await writeWalkthrough(tab.id!, CAF_SCOPE.packId, 1);
    const view = await session.handlers['session.get']();
    const pack = loadPacks().packs.find((p) => p.id === CAF_SCOPE.packId)!;
    expect(view.guide).toMatchObject({ packId: pack.id, step: 1, total: pack.steps.length, stepTitle: pack.steps[1]!.title, papers: pack.papers });
    // The step's note for the worker, never the person's ("Personne d'autre ne doit voir votre mot de passe.").
    expect(view.guide?.confidentiality).toBe(pack.steps[1]!.workerNote);
    expect(view.guide?.confidentiality).toMatch(/Regardez ailleurs/);
    expect(view.tab).toMatchObject({ tabId: tab.id, portal: { id: 'caf' } });
    // Guide misses in page.report carry ids: the panel gets their plain names.
    expect(view.guide?.anchors).toContainEqual({ id: pack.steps[0]!.id, label: pack.steps[0]!.title });
    expect(view.guide?.anchors).toContainEqual({ id: `field:${pack.fields[0]!.id}`, label: pack.fields[0]!.help.what });
    expect(view.procedures.map((p) => p.packId)).toContain(CAF_SCOPE.packId);
  });

  it('another portal outside FranceConnect asks the scope again', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://wwwd.caf.fr/wps/portal/caffr/login' });
    const { act, session } = setUp();
    await act({ type: 'start' });
    await act({ type: 'choose-scope', scope: CAF_SCOPE });
    await act({ type: 'agree' });
    await session.onOfficialPage(tab.id!, 'https://app.franceconnect.gouv.fr/api/v1/authorize');
    await session.onOfficialPage(tab.id!, 'https://cfsppsws.impots.gouv.fr/LoginAccess');
    await session.onOfficialPage(tab.id!, 'https://wwwd.caf.fr/wps/portal/caffr/login');
    expect((await session.handlers['session.get']()).session?.phase).toBe('accompanied');
    await session.onOfficialPage(tab.id!, 'https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure');
    expect((await session.handlers['session.get']()).session).toMatchObject({ phase: 'scope', scopeReason: 'left-portal' });
  });

  it('the person\'s Stop closes at once; privacy.state pages see the phase only', async () => {
    const { act, session } = setUp();
    await act({ type: 'start' });
    await act({ type: 'choose-scope', scope: CAF_SCOPE });
    expect((await session.personView())?.procedure).toBe('Déclarer vos ressources à la CAF'); // the notice names it
    await act({ type: 'agree' });
    expect(await session.personView()).toEqual({ phase: 'accompanied', typist: 'person', secretFocus: false, procedure: null });
    await session.handlers['session.person']({ action: 'stop' });
    expect(await session.personView()).toEqual({ phase: 'closing', typist: 'person', secretFocus: false, procedure: null });
    expect((await session.handlers['session.get']()).session?.stoppedBy).toBe('person');
  });

  it('a stored value that does not parse is dropped, never trusted', async () => {
    await fakeBrowser.storage.session.set({ [SESSION_KEY]: { v: 1, phase: 'accompanied', typist: 'hacker' } });
    const { session } = setUp();
    expect((await session.handlers['session.get']()).session).toBeNull();
    expect(await fakeBrowser.storage.session.get(SESSION_KEY)).toEqual({});
  });

  it('pointer and report need an accompanied session with a followed tab', async () => {
    const { session } = setUp();
    expect(await session.handlers['session.showField']({ key: '#nir' })).toEqual({ found: false });
    expect(await session.handlers['session.report']()).toEqual({ report: null });
  });

  it('monthOf gives YYYY-MM of the local clock', () => {
    expect(monthOf(new Date(2026, 0, 31, 23, 59).getTime())).toBe('2026-01');
    expect(monthOf(new Date(2026, 11, 1).getTime())).toBe('2026-12');
  });
});

describe('background: the session follows the walkthrough of its tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('another pack\'s walkthrough in the followed tab leaves the procedure (scope asked again)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.caf.fr/espace' });
    const { act, session } = setUp();
    await act({ type: 'start' });
    await act({ type: 'choose-scope', scope: CAF_SCOPE });
    await act({ type: 'agree' });
    await writeWalkthrough(tab.id!, CAF_SCOPE.packId, 3);
    await session.onOfficialPage(tab.id!, 'https://www.caf.fr/espace');
    expect((await session.handlers['session.get']()).session?.phase).toBe('accompanied');
    await writeWalkthrough(tab.id!, 'caf-envoyer-document', 0);
    await session.onOfficialPage(tab.id!, 'https://www.caf.fr/espace');
    expect((await session.handlers['session.get']()).session).toMatchObject({ phase: 'scope', scopeReason: 'left-procedure' });
  });
});

describe('background: browser events of the session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('Alt+Shift+T (command switch-typist) passes the keyboard; the person switching tabs is followed', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://www.caf.fr/connexion' });
    const { act, session } = setUp();
    // WXT's fake browser has no commands API: catch the listener the session registers.
    let onCommand: ((command: string) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => void (onCommand = listener as never));
    vi.spyOn(fakeBrowser.commands.onCommand, 'removeListener').mockImplementation(() => undefined);
    const stop = startSessionEvents(session);
    await act({ type: 'start' });
    await act({ type: 'choose-scope', scope: CAF_SCOPE });
    await act({ type: 'agree' });
    onCommand!('switch-typist');
    await expect.poll(async () => (await session.handlers['session.get']()).session?.typist).toBe('worker');
    onCommand!('toggle-privacy-curtain'); // not ours: nothing changes
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await session.handlers['session.get']()).session?.typist).toBe('worker');

    const second = await fakeBrowser.tabs.create({ url: 'https://www.caf.fr/espace' });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: second.id!, windowId: second.windowId! });
    await expect.poll(async () => (await session.handlers['session.get']()).session?.tabId).toBe(second.id);
    expect(first.id).not.toBe(second.id);
    stop();
  });
});
