import { describe, expect, it } from 'vitest';
import type { FileRow } from '../../components/CleanDeskView';
import type { Checklist } from '../../core/session/clean-desk';
import { createDeskStore, type CleanDeskDeps } from './desk-store';

const CHECKLIST: Checklist = {
  portals: [{ id: 'caf', name: 'CAF', origins: ['https://www.caf.fr'], tabPatterns: ['https://*.caf.fr/*'], logout: null }],
  downloadIds: [1, 2],
};
const file = (id: number, state: FileRow['state'] = 'present'): FileRow => ({ id, name: `f${id}.pdf`, size: '1 Ko', state, result: null });

function setUp(over: Partial<CleanDeskDeps> = {}) {
  const log: string[] = [];
  let tabs = [11, 12];
  let onTabs: (() => void) | null = null;
  const deps: CleanDeskDeps = {
    checklist: async () => CHECKLIST,
    forget: async () => (log.push('forget'), true),
    listFiles: async () => [file(1), file(2), file(3, 'missing')],
    portalTabIds: async () => tabs,
    watchTabs: (fn) => ((onTabs = fn), () => void (onTabs = null)),
    deleteDownload: async (id) => (log.push(`delete ${id}`), id !== 2),
    clearSiteData: async () => (log.push('site data'), true),
    closeTabs: async (ids) => (log.push(`close ${ids.join(',')}`), ids.length),
    date: () => 'lundi',
    ...over,
  };
  const store = createDeskStore(deps);
  return { store, log, setTabs: (ids: number[]) => (tabs = ids), tabsChanged: () => onTabs?.(), watching: () => onTabs !== null };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('clean-desk store', () => {
  it('loads the checklist, files and open tabs, and follows the tabs', async () => {
    const { store, setTabs, tabsChanged, watching } = setUp();
    await store.start(new AbortController().signal);
    expect(store.state.get()).toMatchObject({ phase: { kind: 'checklist' }, openTabs: 2, checklist: CHECKLIST });
    expect(watching()).toBe(true);
    setTabs([11]);
    tabsChanged();
    await flush();
    expect(store.state.get().openTabs).toBe(1);
  });

  it('no answer from the background: an error, nothing else', async () => {
    const { store, watching } = setUp({ checklist: async () => null });
    await store.start(new AbortController().signal);
    expect(store.state.get().phase).toEqual({ kind: 'error' });
    expect(watching()).toBe(false);
  });

  it('acts only after "Oui": files one by one (a failure kept), site data, tabs; a "Non" does nothing', async () => {
    const { store, log, watching } = setUp();
    await store.start(new AbortController().signal);
    store.ask({ kind: 'site-data' });
    expect(store.state.get().confirm).toEqual({ kind: 'site-data' });
    store.answer(false);
    expect(log).toEqual([]);
    store.ask({ kind: 'all-files' });
    store.answer(true);
    await flush();
    expect(log).toEqual(['delete 1', 'delete 2']); // the missing file is not touched
    expect(store.state.get().files.map((f) => f.result)).toEqual(['deleted', 'failed', null]);
    store.ask({ kind: 'site-data' });
    store.answer(true);
    store.ask({ kind: 'tabs' });
    store.answer(true);
    await flush();
    expect(store.state.get()).toMatchObject({ siteData: 'cleared', tabsClosed: 2, steps: { files: 'done', siteData: 'done', tabs: 'done', logout: 'pending' } });
    expect(watching()).toBe(false); // tabs closed: nothing more to count
  });

  it('the receipt says what each step did, then the trail is forgotten', async () => {
    const { store, log } = setUp();
    await store.start(new AbortController().signal);
    store.logoutDone();
    store.skip('files');
    await store.finish();
    expect(store.state.get().phase).toEqual({ kind: 'receipt', date: 'lundi', forgotten: true });
    expect(log).toEqual(['forget']);
    expect(store.receipt().map((l) => [l.step, l.status])).toEqual([['logout', 'done'], ['files', 'skipped'], ['siteData', 'skipped'], ['tabs', 'skipped']]);
  });

  it('stops following the tabs when its signal aborts', async () => {
    const { store, watching } = setUp();
    const controller = new AbortController();
    await store.start(controller.signal);
    controller.abort();
    expect(watching()).toBe(false);
  });
});
