import { useEffect, useState } from 'preact/hooks';
import { CleanDeskReceipt } from '../../components/CleanDeskReceipt';
import { CleanDeskView } from '../../components/CleanDeskView';
import type { Translator } from '../../lib/i18n';
import { sendFromPage } from '../../lib/page-messaging';
import { useStore } from '../../overlay/store';
import { clearSiteData, closeTabs, closeThisPage, deleteDownload, listFiles, portalTabIds, watchTabs } from './actions';
import { createDeskStore, type CleanDeskDeps, type DeskStore } from './desk-store';

/** The browser's side of the clean desk: the background's checklist and forgetting, downloads, tabs. */
export function browserDeskDeps(i18n: Translator): CleanDeskDeps {
  return {
    checklist: async () => {
      const reply = await sendFromPage('cleandesk.checklist', {});
      return reply.ok ? reply.data : null;
    },
    forget: async () => {
      const reply = await sendFromPage('cleandesk.forget', {});
      return reply.ok && reply.data.forgotten;
    },
    listFiles: (ids) => listFiles(ids, i18n.lang),
    portalTabIds,
    watchTabs,
    deleteDownload,
    clearSiteData,
    closeTabs,
    date: () => new Date().toLocaleString(i18n.lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeStyle: 'short' }),
  };
}

/** The clean-desk page: renders its store (desk-store.ts); the views are in components/. */
export function CleanDeskApp({ i18n, store: given }: { i18n: Translator; store?: DeskStore }) {
  const { t } = i18n;
  const [store] = useState(() => given ?? createDeskStore(browserDeskDeps(i18n)));
  useEffect(() => {
    const controller = new AbortController();
    void store.start(controller.signal);
    return () => controller.abort();
  }, [store]);
  const state = useStore(store.state);
  const { phase } = state;

  if (phase.kind === 'loading') return <p class="desk">{t('cleanDesk.loading')}</p>;
  if (phase.kind === 'error') return <p class="desk" role="alert">{t('cleanDesk.error')}</p>;
  if (phase.kind === 'receipt') {
    return (
      <CleanDeskReceipt
        i18n={i18n}
        lines={store.receipt()}
        portalNames={state.checklist.portals.map((p) => p.name)}
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
      checklist={state.checklist}
      files={state.files}
      steps={state.steps}
      siteData={state.siteData}
      openTabs={state.openTabs}
      tabsClosed={state.tabsClosed}
      confirm={state.confirm}
      on={{ logoutDone: store.logoutDone, skip: store.skip, ask: store.ask, answer: store.answer, finish: () => void store.finish() }}
    />
  );
}
