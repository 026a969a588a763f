import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanelStore, derived, REFRESH_DEBOUNCE_MS } from './panel-store';
import { fakeBackground, fakeEnv, REPORT, sessionIn } from './test-fakes';

/** The panel's store in Node, no DOM: the background double runs the real state machine. */
function setUp(session = sessionIn('accompanied')) {
  const bg = fakeBackground(session);
  const env = fakeEnv();
  const store = createPanelStore(bg.send, env);
  const controller = new AbortController();
  return { bg, env, store, controller, start: () => store.start(controller.signal) };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const count = (bg: ReturnType<typeof fakeBackground>, type: string) => bg.calls.filter((c) => c.type === type).length;

afterEach(() => vi.useRealTimers());

describe('side panel store', () => {
  it('loads the view, and the page report once the accompaniment is on; derived values follow', async () => {
    const { bg, store, start } = setUp();
    start();
    await flush();
    const state = store.state.get();
    expect(state.status).toBe('ready');
    expect(state.report).toEqual({ kind: 'ready', report: REPORT });
    expect(state.shortcut).toBe('Alt+Shift+T');
    expect(derived(state)).toMatchObject({ phase: 'accompanied', dimmed: false, glance: { typist: 'person', next: 'follow-step' } });
    expect(count(bg, 'session.report')).toBe(1);
  });

  it('one session.get per burst of changes; the report is read again only for a new page, which clears "montré"', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { bg, env, store, start } = setUp();
    start();
    await vi.advanceTimersByTimeAsync(0);
    await store.showField('#password', 'Mot de passe');
    expect(store.state.get().shown).toEqual({ key: '#password', label: 'Mot de passe', found: true });

    env.change();
    env.change();
    await vi.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS + 10);
    expect(count(bg, 'session.get')).toBe(2);
    expect(count(bg, 'session.report')).toBe(1); // the session changed, not the page
    expect(store.state.get().shown).not.toBeNull();

    env.change();
    env.change({ page: true });
    env.change();
    await vi.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS + 10);
    expect(count(bg, 'session.get')).toBe(3);
    expect(count(bg, 'session.report')).toBe(2);
    expect(store.state.get().shown).toBeNull();
  });

  it('the followed tab changing is a new page too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { bg, env, store, start } = setUp();
    start();
    await vi.advanceTimersByTimeAsync(0);
    await store.showField('#nir', 'NIR');
    bg.setSession(sessionIn('accompanied', { tabId: 8 }));
    env.change();
    await vi.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS + 10);
    expect(count(bg, 'session.report')).toBe(2);
    expect(store.state.get().shown).toBeNull();
  });

  it('says who types and the dimming in the live region; leaving the accompaniment forgets the report', async () => {
    const { bg, store, start } = setUp();
    start();
    await flush();
    await store.act({ type: 'switch-typist' });
    expect(store.state.get().announce).toBe('token-worker');
    bg.setSession(sessionIn('accompanied', { secretFocus: true, typist: 'person' }));
    await store.refresh();
    expect(store.state.get().announce).toBe('dim');
    expect(derived(store.state.get()).dimmed).toBe(true);
    await store.act({ type: 'end' });
    expect(store.state.get().announce).toBe('dim'); // nothing new to say
    expect(store.state.get().report).toEqual({ kind: 'idle' });
  });

  it('refusals and a silent background become problems; finish empties the papers', async () => {
    const { bg, store, start } = setUp(sessionIn('receipt'));
    start();
    await flush();
    store.togglePaper('Carte Vitale');
    expect([...store.state.get().papers]).toEqual(['Carte Vitale']);
    bg.answers.refuse = 'invalid-transition';
    await store.act({ type: 'finish' });
    expect(store.state.get().problem).toBe('invalid');
    bg.answers.refuse = null;
    await store.act({ type: 'finish' });
    expect(store.state.get()).toMatchObject({ problem: null, finished: true, papers: new Set() });
    bg.answers.down = true;
    await store.act({ type: 'start' });
    expect(store.state.get().problem).toBe('no-answer');
  });

  it('folds and unfolds a section', () => {
    const { store } = setUp();
    store.toggleFold('seen');
    expect(store.state.get().folded.has('seen')).toBe(true);
    store.toggleFold('seen');
    expect(store.state.get().folded.has('seen')).toBe(false);
  });

  it('stops listening, and ignores late answers, once its signal aborts', async () => {
    const { env, store, controller, start } = setUp();
    start();
    expect(env.listening()).toBe(true);
    controller.abort();
    expect(env.listening()).toBe(false);
    await flush();
    expect(store.state.get().status).toBe('loading');
  });
});
