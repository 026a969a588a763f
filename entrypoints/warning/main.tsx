import '../../lib/zod-setup';
import '../../components/page-base.css';
import './warning.css';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LookalikeWarning } from '../../components/LookalikeWarning';
import { assessHost } from '../../core/portals/lookalike';
import { officialRegistry } from '../../core/portals/registry';
import type { Translator } from '../../lib/i18n';
import { defaultPageTranslator } from '../../lib/i18n-pages';
import { sendFromPage } from '../../lib/page-messaging';
import { backSteps, readTarget } from './target';

/** The look-alike warning page: the background sends a tab here instead of a look-alike site. */
function WarningPage({ i18n }: { i18n: Translator }) {
  const target = readTarget(location.hash);
  const assessment = target ? assessHost(target.host) : { verdict: 'unknown' as const, reasons: [], imitates: null };
  const entry = officialRegistry.portals.find((p) => p.id === assessment.imitates) ?? null;
  const portal = entry ? { id: entry.id, shortName: entry.shortName, home: entry.home ?? null, phone: entry.phone } : null;
  const [continueFailed, setContinueFailed] = useState(false);
  const steps = backSteps(ownHistory());
  const canGoBack = history.length > steps;

  const onBack = async () => {
    if (canGoBack) return history.go(-steps);
    const tab = await browser.tabs.getCurrent();
    if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  };
  const onContinue = async () => {
    if (!target) return;
    const reply = await sendFromPage('lookalike.allow', { host: target.host });
    if (!reply.ok || !reply.data.allowed) return setContinueFailed(true);
    location.replace(target.url);
  };

  return (
    <LookalikeWarning
      host={target?.host ?? null}
      assessment={assessment}
      portal={portal}
      canGoBack={canGoBack}
      continueFailed={continueFailed}
      onBack={() => void onBack()}
      onContinue={() => void onContinue()}
      i18n={i18n}
    />
  );
}

/** Our origin's entries of this tab's history up to this page (Navigation API; this page alone without it). */
function ownHistory(): string[] {
  const nav = (globalThis as { navigation?: { entries(): Array<{ url: string | null; index: number }>; currentEntry: { index: number } | null } }).navigation;
  if (!nav?.currentEntry) return [location.href];
  const current = nav.currentEntry.index;
  return nav
    .entries()
    .filter((e) => e.index <= current && e.url)
    .map((e) => e.url!);
}

const i18n = defaultPageTranslator();
document.documentElement.lang = i18n.lang;
document.documentElement.dir = i18n.dir;
document.title = i18n.t('lookalike.page.title');
render(<WarningPage i18n={i18n} />, document.getElementById('app')!);
