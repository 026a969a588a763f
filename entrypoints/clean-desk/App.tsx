import { useEffect, useState } from 'preact/hooks';
import { CleanDeskReceipt } from '../../components/CleanDeskReceipt';
import { CleanDeskView, type ConfirmAsk, type FileRow, type StepId, type StepStatus } from '../../components/CleanDeskView';
import { receiptLines, type Checklist, type CleanDeskOutcomes } from '../../core/session/clean-desk';
import type { Translator } from '../../lib/i18n';
import { sendFromPage } from '../../lib/page-messaging';
import { clearSiteData, closeTabs, closeThisPage, deleteDownload, listFiles, portalTabIds, watchTabs } from './actions';

type Phase = { kind: 'loading' } | { kind: 'error' } | { kind: 'checklist' } | { kind: 'receipt'; date: string; forgotten: boolean };

/** The clean-desk page's state and effects; the views are in components/. */
export function CleanDeskApp({ i18n }: { i18n: Translator }) {
  const { t } = i18n;
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [checklist, setChecklist] = useState<Checklist>({ portals: [], downloadIds: [] });
  const [files, setFiles] = useState<FileRow[]>([]);
  const [steps, setSteps] = useState<Record<StepId, StepStatus>>({ logout: 'pending', files: 'pending', siteData: 'pending', tabs: 'pending' });
  const [siteData, setSiteData] = useState<'cleared' | 'failed' | null>(null);
  const [openTabs, setOpenTabs] = useState(0);
  const [tabsClosed, setTabsClosed] = useState<number | null>(null);
  const [confirm, setConfirm] = useState<ConfirmAsk | null>(null);

  useEffect(() => {
    void (async () => {
      const reply = await sendFromPage('cleandesk.checklist', {});
      if (!reply.ok) return setPhase({ kind: 'error' });
      setChecklist(reply.data);
      setFiles(await listFiles(reply.data.downloadIds, i18n.lang));
      setOpenTabs((await portalTabIds(reply.data.portals)).length);
      setPhase({ kind: 'checklist' });
    })();
  }, []);

  // The count of open portal tabs follows tabs being opened, loaded or closed meanwhile.
  useEffect(() => {
    if (phase.kind !== 'checklist' || tabsClosed !== null) return;
    return watchTabs(() => void portalTabIds(checklist.portals).then((ids) => setOpenTabs(ids.length)));
  }, [phase.kind, checklist, tabsClosed]);

  const mark = (step: StepId, status: StepStatus) => setSteps((s) => ({ ...s, [step]: status }));
  const setResult = (id: number, ok: boolean) => setFiles((rows) => rows.map((r) => (r.id === id ? { ...r, result: ok ? 'deleted' : 'failed' } : r)));

  const deleteFiles = async (ids: number[]) => {
    for (const id of ids) setResult(id, await deleteDownload(id));
    mark('files', 'done');
  };
  const run = async (what: ConfirmAsk) => {
    if (what.kind === 'file') return deleteFiles([what.id]);
    if (what.kind === 'all-files') return deleteFiles(files.filter((f) => f.state !== 'missing' && f.result !== 'deleted').map((f) => f.id));
    if (what.kind === 'site-data') {
      setSiteData((await clearSiteData(checklist.portals)) ? 'cleared' : 'failed');
      return mark('siteData', 'done');
    }
    setTabsClosed(await closeTabs(await portalTabIds(checklist.portals)));
    mark('tabs', 'done');
  };

  const finish = async () => {
    const date = new Date().toLocaleString(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeStyle: 'short' });
    setPhase({ kind: 'receipt', date, forgotten: false });
    // The receipt is on screen: the background forgets the session trail now.
    const reply = await sendFromPage('cleandesk.forget', {});
    setPhase({ kind: 'receipt', date, forgotten: reply.ok && reply.data.forgotten });
  };

  if (phase.kind === 'loading') return <p class="desk">{t('cleanDesk.loading')}</p>;
  if (phase.kind === 'error') return <p class="desk" role="alert">{t('cleanDesk.error')}</p>;
  if (phase.kind === 'receipt') {
    const outcomes: CleanDeskOutcomes = {
      logout: steps.logout === 'done' ? { status: 'done', result: { confirmed: true } } : { status: 'skipped' },
      files: steps.files === 'done' ? { status: 'done', result: countFiles(files) } : { status: 'skipped' },
      siteData: siteData ? { status: 'done', result: { cleared: siteData === 'cleared' } } : { status: 'skipped' },
      tabs: tabsClosed !== null ? { status: 'done', result: { closed: tabsClosed } } : { status: 'skipped' },
    };
    return (
      <CleanDeskReceipt
        i18n={i18n}
        lines={receiptLines(outcomes, checklist)}
        portalNames={checklist.portals.map((p) => p.name)}
        date={phase.date}
        forgotten={phase.forgotten}
        onPrint={() => window.print()}
        onClose={() => void closeThisPage()}
      />
    );
  }
  return (
    <CleanDeskView
      i18n={i18n}
      checklist={checklist}
      files={files}
      steps={steps}
      siteData={siteData}
      openTabs={openTabs}
      tabsClosed={tabsClosed}
      confirm={confirm}
      on={{
        logoutDone: () => mark('logout', 'done'),
        skip: (step) => mark(step, 'skipped'),
        ask: setConfirm,
        answer: (yes) => {
          const asked = confirm;
          setConfirm(null);
          if (yes && asked) void run(asked);
        },
        finish: () => void finish(),
      }}
    />
  );
}

function countFiles(files: FileRow[]) {
  return {
    deleted: files.filter((f) => f.result === 'deleted').length,
    failed: files.filter((f) => f.result === 'failed').length,
    kept: files.filter((f) => f.result === null && f.state !== 'missing').length,
  };
}
