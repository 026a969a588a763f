import { useEffect, useRef } from 'preact/hooks';
import type { ReceiptLine } from '../core/session/clean-desk';
import type { Translator } from '../lib/i18n';

export interface CleanDeskReceiptProps {
  i18n: Translator;
  lines: ReceiptLine[];
  portalNames: string[];
  /** When it was done, already written in full ("samedi 22 novembre 2026 à 10:05"). */
  date: string;
  /** The background has erased the session trail. */
  forgotten: boolean;
  onPrint: () => void;
  onClose: () => void;
}

/**
 * The receipt for the person (C4): what was done, in counts and portal names, and lines to
 * copy references by hand. Rendered once and never stored: reloading the page loses it.
 */
export function CleanDeskReceipt({ i18n, lines, portalNames, date, forgotten, onPrint, onClose }: CleanDeskReceiptProps) {
  const { t } = i18n;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main class="desk desk--receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title" class="desk__title" tabIndex={-1} ref={heading}>
        {t('cleanDesk.receipt.title')}
      </h1>
      <p>{t('cleanDesk.receipt.intro')}</p>
      <p>{t('cleanDesk.receipt.date', { date })}</p>
      {portalNames.length ? <p>{t('cleanDesk.receipt.portals', { portals: portalNames.join(', ') })}</p> : null}
      <ul class="desk__receipt-lines">
        {lines.map((line) => (
          <li key={line.step} data-step={line.step} data-status={line.status}>
            {lineText(line, t)}
          </li>
        ))}
      </ul>
      <section class="desk__references" aria-labelledby="receipt-references">
        <p id="receipt-references">{t('cleanDesk.receipt.references')}</p>
        <div class="desk__handwriting" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
      </section>
      {forgotten ? <p role="status">{t('cleanDesk.receipt.forgotten')}</p> : null}
      <div class="desk__actions desk__no-print">
        <button type="button" class="desk__button desk__button--primary" onClick={(e) => e.isTrusted && onPrint()}>
          {t('cleanDesk.receipt.print')}
        </button>
        <button type="button" class="desk__button" onClick={(e) => e.isTrusted && onClose()}>
          {t('cleanDesk.receipt.close')}
        </button>
      </div>
    </main>
  );
}

function lineText({ step, status, count, failed }: ReceiptLine, t: Translator['t']): string {
  const n = { count: String(count), failed: String(failed) };
  const texts: Record<ReceiptLine['step'], Record<ReceiptLine['status'], () => string>> = {
    logout: { done: () => t('cleanDesk.receipt.logout.done'), skipped: () => t('cleanDesk.receipt.logout.skipped'), nothing: () => t('cleanDesk.receipt.logout.nothing') },
    files: { done: () => t('cleanDesk.receipt.files.done', n), skipped: () => t('cleanDesk.receipt.files.skipped'), nothing: () => t('cleanDesk.receipt.files.nothing') },
    siteData: { done: () => t('cleanDesk.receipt.siteData.done', n), skipped: () => t('cleanDesk.receipt.siteData.skipped'), nothing: () => t('cleanDesk.receipt.siteData.nothing') },
    tabs: { done: () => t('cleanDesk.receipt.tabs.done', n), skipped: () => t('cleanDesk.receipt.tabs.skipped'), nothing: () => t('cleanDesk.receipt.tabs.nothing') },
  };
  return texts[step][status]();
}
