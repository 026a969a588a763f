import type { ConfirmAsk, DeskViewState, FileRow, StepId, StepStatus } from '../../components/CleanDeskView';
import { receiptLines, type Checklist, type ChecklistPortal, type CleanDeskOutcomes, type ReceiptLine } from '../../core/session/clean-desk';
import { createStore } from '../../overlay/store';

/** What the clean-desk page needs from the background and the browser (actions.ts; tests pass doubles). */
export interface CleanDeskDeps {
  /** `cleandesk.checklist`, or null when the background does not answer. */
  checklist: () => Promise<Checklist | null>;
  /** `cleandesk.forget`: whether the trail was forgotten. */
  forget: () => Promise<boolean>;
  listFiles: (ids: readonly number[]) => Promise<FileRow[]>;
  portalTabIds: (portals: readonly ChecklistPortal[]) => Promise<number[]>;
  /** Calls back when a tab opens, loads or closes; returns the stop function. */
  watchTabs: (changed: () => void) => () => void;
  deleteDownload: (id: number) => Promise<boolean>;
  clearSiteData: (portals: readonly ChecklistPortal[]) => Promise<boolean>;
  closeTabs: (ids: readonly number[]) => Promise<number>;
  /** The receipt's date, in the page's words. */
  date: () => string;
}

export type DeskPhase = { kind: 'loading' } | { kind: 'error' } | { kind: 'checklist' } | { kind: 'receipt'; date: string; forgotten: boolean };

export interface DeskState extends DeskViewState {
  phase: DeskPhase;
}

const INITIAL: DeskState = {
  phase: { kind: 'loading' }, checklist: { portals: [], downloadIds: [] }, files: [],
  steps: { logout: 'pending', files: 'pending', siteData: 'pending', tabs: 'pending' },
  siteData: null, openTabs: 0, tabsClosed: null, confirm: null,
};

/**
 * C4, the clean-desk page's state and actions (plain TypeScript, tested without a DOM):
 * four steps, each done or skipped, nothing irreversible without the person's "Oui", then
 * the receipt, after which the background forgets the session trail.
 */
export function createDeskStore(deps: CleanDeskDeps) {
  const state = createStore<DeskState>(INITIAL);
  const get = state.get;
  const set = (patch: Partial<DeskState>) => state.set({ ...get(), ...patch });
  const mark = (step: StepId, status: StepStatus) => set({ steps: { ...get().steps, [step]: status } });
  const setResult = (id: number, ok: boolean) => set({ files: get().files.map((r) => (r.id === id ? { ...r, result: ok ? 'deleted' : 'failed' } : r)) });
  let stopTabs: (() => void) | null = null;
  const stopWatchingTabs = () => {
    stopTabs?.();
    stopTabs = null;
  };

  const deleteFiles = async (ids: number[]) => {
    for (const id of ids) setResult(id, await deps.deleteDownload(id));
    mark('files', 'done');
  };
  const run = async (what: ConfirmAsk) => {
    const { checklist, files } = get();
    if (what.kind === 'file') return deleteFiles([what.id]);
    if (what.kind === 'all-files') return deleteFiles(files.filter((f) => f.state !== 'missing' && f.result !== 'deleted').map((f) => f.id));
    if (what.kind === 'site-data') {
      set({ siteData: (await deps.clearSiteData(checklist.portals)) ? 'cleared' : 'failed' });
      return mark('siteData', 'done');
    }
    stopWatchingTabs();
    set({ tabsClosed: await deps.closeTabs(await deps.portalTabIds(checklist.portals)) });
    mark('tabs', 'done');
  };

  return {
    state,
    /** Reads the checklist, the files and the open portal tabs, then follows the tabs until `signal` aborts. */
    async start(signal: AbortSignal) {
      signal.addEventListener('abort', stopWatchingTabs, { once: true });
      const checklist = await deps.checklist();
      if (signal.aborted) return;
      if (!checklist) return set({ phase: { kind: 'error' } });
      const files = await deps.listFiles(checklist.downloadIds);
      const openTabs = (await deps.portalTabIds(checklist.portals)).length;
      if (signal.aborted) return;
      set({ checklist, files, openTabs, phase: { kind: 'checklist' } });
      // The count of open portal tabs follows tabs being opened, loaded or closed meanwhile.
      stopTabs = deps.watchTabs(() => void deps.portalTabIds(get().checklist.portals).then((ids) => set({ openTabs: ids.length })));
    },
    logoutDone: () => mark('logout', 'done'),
    skip: (step: StepId) => mark(step, 'skipped'),
    ask: (what: ConfirmAsk) => set({ confirm: what }),
    /** The person's answer to the question on screen: "Oui" runs it. */
    answer(yes: boolean) {
      const asked = get().confirm;
      set({ confirm: null });
      if (yes && asked) void run(asked);
    },
    /** The receipt is on screen: the background forgets the session trail now. */
    async finish() {
      stopWatchingTabs();
      const date = deps.date();
      set({ phase: { kind: 'receipt', date, forgotten: false } });
      set({ phase: { kind: 'receipt', date, forgotten: await deps.forget() } });
    },
    /** The receipt's lines: what each step did, in counts. */
    receipt: (): ReceiptLine[] => receiptLines(outcomesOf(get()), get().checklist),
  };
}

export type DeskStore = ReturnType<typeof createDeskStore>;

function outcomesOf({ steps, files, siteData, tabsClosed }: DeskState): CleanDeskOutcomes {
  return {
    logout: steps.logout === 'done' ? { status: 'done', result: { confirmed: true } } : { status: 'skipped' },
    files: steps.files === 'done' ? { status: 'done', result: countFiles(files) } : { status: 'skipped' },
    siteData: siteData ? { status: 'done', result: { cleared: siteData === 'cleared' } } : { status: 'skipped' },
    tabs: tabsClosed !== null ? { status: 'done', result: { closed: tabsClosed } } : { status: 'skipped' },
  };
}

function countFiles(files: FileRow[]) {
  return {
    deleted: files.filter((f) => f.result === 'deleted').length,
    failed: files.filter((f) => f.result === 'failed').length,
    kept: files.filter((f) => f.result === null && f.state !== 'missing').length,
  };
}
