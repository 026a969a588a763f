import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Checklist } from '../core/session/clean-desk';
import type { Translator } from '../lib/i18n';

export type StepId = 'logout' | 'files' | 'siteData' | 'tabs';
export type StepStatus = 'pending' | 'done' | 'skipped';

/** A downloaded file as the page shows it (read from the downloads API at display time, never stored). */
export interface FileRow {
  id: number;
  name: string;
  size: string;
  state: 'present' | 'missing' | 'in-progress';
  result: 'deleted' | 'failed' | null;
}

export type ConfirmAsk = { kind: 'file'; id: number; name: string } | { kind: 'all-files' } | { kind: 'site-data' } | { kind: 'tabs' };

/** What the checklist shows: the page's store keeps it (entrypoints/clean-desk/desk-store.ts). */
export interface DeskViewState {
  checklist: Checklist;
  files: FileRow[];
  steps: Record<StepId, StepStatus>;
  siteData: 'cleared' | 'failed' | null;
  openTabs: number;
  tabsClosed: number | null;
  confirm: ConfirmAsk | null;
}

export interface CleanDeskViewProps extends DeskViewState {
  i18n: Translator;
  on: {
    logoutDone: () => void;
    skip: (step: StepId) => void;
    ask: (what: ConfirmAsk) => void;
    answer: (yes: boolean) => void;
    finish: () => void;
  };
}

/** Acts on real clicks and keys only (our UI never acts on synthetic events). */
const trusted = (action: () => void) => (event: Event) => {
  if (event.isTrusted) action();
};

/**
 * The clean-desk checklist (C4): four steps, each done or skipped, nothing irreversible
 * without a confirmation, then the receipt. Props in, JSX out: the page does the effects.
 */
export function CleanDeskView(props: CleanDeskViewProps) {
  const { i18n, checklist, steps, on } = props;
  const { t } = i18n;
  const names = checklist.portals.map((p) => p.name);
  return (
    <main class="desk" aria-labelledby="desk-title">
      <h1 id="desk-title" class="desk__title" tabIndex={-1} ref={useFocusOnMount()}>
        {t('cleanDesk.title')}
      </h1>
      <p>{t('cleanDesk.intro')}</p>
      <ol class="desk__steps">
        <Step id="logout" n={1} title={t('cleanDesk.logout.title')} status={steps.logout} props={props}>
          <LogoutStep {...props} />
        </Step>
        <Step id="files" n={2} title={t('cleanDesk.files.title')} status={steps.files} props={props}>
          <FilesStep {...props} />
        </Step>
        <Step id="siteData" n={3} title={t('cleanDesk.siteData.title')} status={steps.siteData} props={props}>
          <SiteDataStep {...props} names={names} />
        </Step>
        <Step id="tabs" n={4} title={t('cleanDesk.tabs.title')} status={steps.tabs} props={props}>
          <TabsStep {...props} />
        </Step>
      </ol>
      <button type="button" class="desk__button desk__button--primary" onClick={trusted(on.finish)}>
        {t('cleanDesk.finish')}
      </button>
    </main>
  );
}

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function Step({ id, n, title, status, props, children }: { id: StepId; n: number; title: string; status: StepStatus; props: CleanDeskViewProps; children: ComponentChildren }) {
  const { t } = props.i18n;
  return (
    <li class={`desk__step desk__step--${status}`} data-step={id}>
      <section aria-labelledby={`step-${id}`}>
        <h2 id={`step-${id}`}>
          <span class="desk__step-number">{t('cleanDesk.step', { n: String(n) })}</span> {title}
        </h2>
        {children}
        <p class="desk__status" role="status">
          {status === 'done' ? t('cleanDesk.status.done') : status === 'skipped' ? t('cleanDesk.status.skipped') : ''}
        </p>
        {status === 'pending' ? (
          <button type="button" class="desk__button desk__button--quiet" onClick={trusted(() => props.on.skip(id))}>
            {t('cleanDesk.skip')}
          </button>
        ) : null}
      </section>
    </li>
  );
}

function LogoutStep({ i18n: { t }, checklist, steps, on }: CleanDeskViewProps) {
  if (checklist.portals.length === 0) return <p>{t('cleanDesk.logout.none')}</p>;
  return (
    <>
      <p>{t('cleanDesk.logout.intro')}</p>
      <ul class="desk__list">
        {checklist.portals.map((portal) => (
          <li key={portal.id}>
            <strong>{portal.name}</strong>
            <br />
            {portal.logout ? (
              <a href={portal.logout.url} target="_blank" rel="noopener noreferrer">
                {t('cleanDesk.logout.open', { portal: portal.name, label: portal.logout.label })}
              </a>
            ) : (
              t('cleanDesk.logout.generic')
            )}
          </li>
        ))}
      </ul>
      {steps.logout === 'pending' ? (
        <button type="button" class="desk__button" onClick={trusted(on.logoutDone)}>
          {t('cleanDesk.logout.confirm')}
        </button>
      ) : null}
    </>
  );
}

function FilesStep({ i18n: { t }, files, confirm, on, ...rest }: CleanDeskViewProps) {
  if (files.length === 0) return <p>{t('cleanDesk.files.none')}</p>;
  const deletable = files.filter((f) => f.state !== 'missing' && f.result !== 'deleted');
  return (
    <>
      <p>{t('cleanDesk.files.intro')}</p>
      <ul class="desk__list desk__files">
        {files.map((file) => (
          <li key={file.id} data-download-id={file.id}>
            <strong class="desk__file-name">{file.name || t('cleanDesk.files.unnamed')}</strong>
            {file.size ? <span> — {t('cleanDesk.files.size', { size: file.size })}</span> : null}
            {file.result === 'deleted' ? <p class="desk__ok">{t('cleanDesk.files.deleted', { file: file.name })}</p> : null}
            {file.result === 'failed' ? <p class="desk__bad">{t('cleanDesk.files.failed', { file: file.name })}</p> : null}
            {file.result === null && file.state === 'missing' ? <p>{t('cleanDesk.files.missing')}</p> : null}
            {file.result === null && file.state === 'in-progress' ? <p>{t('cleanDesk.files.inProgress')}</p> : null}
            {file.result === null && file.state !== 'missing' ? (
              confirm?.kind === 'file' && confirm.id === file.id ? (
                <Confirm question={t('cleanDesk.files.confirmOne', { file: file.name })} yes={t('cleanDesk.files.confirmYes')} {...{ t, on }} />
              ) : (
                <button type="button" class="desk__button" onClick={trusted(() => on.ask({ kind: 'file', id: file.id, name: file.name }))}>
                  {t('cleanDesk.files.deleteOne', { file: file.name || t('cleanDesk.files.unnamed') })}
                </button>
              )
            ) : null}
          </li>
        ))}
      </ul>
      <p>{t('cleanDesk.files.keepNote')}</p>
      {deletable.length > 1 && rest.steps.files === 'pending' ? (
        confirm?.kind === 'all-files' ? (
          <Confirm question={t('cleanDesk.files.confirmAll')} yes={t('cleanDesk.files.confirmYes')} {...{ t, on }} />
        ) : (
          <button type="button" class="desk__button" onClick={trusted(() => on.ask({ kind: 'all-files' }))}>
            {t('cleanDesk.files.deleteAll')}
          </button>
        )
      ) : null}
    </>
  );
}

function SiteDataStep({ i18n: { t }, checklist, siteData, confirm, on, names }: CleanDeskViewProps & { names: string[] }) {
  if (checklist.portals.length === 0) return <p>{t('cleanDesk.siteData.none')}</p>;
  return (
    <>
      <p>{t('cleanDesk.siteData.intro')}</p>
      <ul class="desk__list">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {siteData === 'cleared' ? <p class="desk__ok">{t('cleanDesk.siteData.done')}</p> : null}
      {siteData === 'failed' ? <p class="desk__bad">{t('cleanDesk.siteData.failed')}</p> : null}
      {siteData === null ? (
        confirm?.kind === 'site-data' ? (
          <Confirm question={t('cleanDesk.siteData.confirm')} yes={t('cleanDesk.siteData.confirmYes')} {...{ t, on }} />
        ) : (
          <button type="button" class="desk__button" onClick={trusted(() => on.ask({ kind: 'site-data' }))}>
            {t('cleanDesk.siteData.action')}
          </button>
        )
      ) : null}
    </>
  );
}

function TabsStep({ i18n: { t }, openTabs, tabsClosed, confirm, on }: CleanDeskViewProps) {
  if (tabsClosed !== null) return <p class="desk__ok">{t('cleanDesk.tabs.done', { count: String(tabsClosed) })}</p>;
  if (openTabs === 0) return <p>{t('cleanDesk.tabs.none')}</p>;
  return (
    <>
      <p>{t('cleanDesk.tabs.count', { count: String(openTabs) })}</p>
      {confirm?.kind === 'tabs' ? (
        <Confirm question={t('cleanDesk.tabs.confirm')} yes={t('cleanDesk.tabs.confirmYes')} {...{ t, on }} />
      ) : (
        <button type="button" class="desk__button" onClick={trusted(() => on.ask({ kind: 'tabs' }))}>
          {t('cleanDesk.tabs.action')}
        </button>
      )}
    </>
  );
}

/** An inline confirmation: the question takes the focus; "Non" is first in reading order. */
function Confirm({ question, yes, t, on }: { question: string; yes: string; t: Translator['t']; on: CleanDeskViewProps['on'] }) {
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div class="desk__confirm" role="group" aria-label={question}>
      <p tabIndex={-1} ref={ref}>
        {question}
      </p>
      <button type="button" class="desk__button" onClick={trusted(() => on.answer(false))}>
        {t('cleanDesk.confirm.no')}
      </button>
      <button type="button" class="desk__button desk__button--danger" onClick={trusted(() => on.answer(true))}>
        {yes}
      </button>
    </div>
  );
}
