import { browser } from 'wxt/browser';
import { listen, stopAll } from '../../lib/listen';
import { fileNameOf, readableSize, siteDataRemoval, type ChecklistPortal } from '../../core/session/clean-desk';
import type { FileRow } from '../../components/CleanDeskView';

/**
 * The effects of the clean-desk page, each behind the person's confirmation in the view.
 * File names and sizes are read from the downloads API when shown, never stored.
 */

/** The session's downloads that the browser still knows (an erased entry is left out). */
export async function listFiles(ids: readonly number[], lang: string): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for (const id of ids) {
    const [item] = await browser.downloads.search({ id }).catch(() => []);
    if (!item) continue;
    const bytes = item.fileSize >= 0 ? item.fileSize : item.totalBytes;
    const state = item.state === 'in_progress' ? 'in-progress' : item.exists && item.state === 'complete' ? 'present' : 'missing';
    rows.push({ id, name: fileNameOf(item.filename), size: bytes > 0 ? readableSize(bytes, lang) : '', state, result: null });
  }
  return rows;
}

/** Deletes the file from the disk, then its line in the browser's download list. */
export async function deleteDownload(id: number): Promise<boolean> {
  try {
    const [item] = await browser.downloads.search({ id });
    if (!item) return true;
    if (item.state === 'in_progress') await browser.downloads.cancel(id);
    else if (item.exists) await browser.downloads.removeFile(id);
    await browser.downloads.erase({ id });
    return true;
  } catch {
    return false;
  }
}

/**
 * Clears cookies and storage of the portals' origins. Chrome takes `origins`; Firefox
 * refuses that key and takes `hostnames` (feature detection by trying).
 */
export async function clearSiteData(portals: readonly ChecklistPortal[]): Promise<boolean> {
  const removal = siteDataRemoval(portals);
  if (removal.chrome.options.origins.length === 0) return true;
  const remove = browser.browsingData.remove as (options: object, dataTypes: object) => Promise<void>;
  try {
    await remove(removal.chrome.options, removal.chrome.dataTypes);
    return true;
  } catch {
    try {
      await remove(removal.firefox.options, removal.firefox.dataTypes);
      return true;
    } catch {
      return false;
    }
  }
}

/** Tabs showing one of these portals (host permission lets us match them), not this page. */
export async function portalTabIds(portals: readonly ChecklistPortal[]): Promise<number[]> {
  const patterns = [...new Set(portals.flatMap((p) => p.tabPatterns))];
  if (patterns.length === 0) return [];
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const tabs = await browser.tabs.query({ url: patterns }).catch(() => []);
  return tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined && id !== own?.id);
}

/** Calls `changed` when any tab is opened, loaded or closed (no address is read here). Returns the stop function. */
export function watchTabs(changed: () => void): () => void {
  const onUpdated = (_id: number, info: { status?: string }) => {
    if (info.status === 'complete') changed();
  };
  return stopAll(listen(browser.tabs.onCreated, changed), listen(browser.tabs.onRemoved, changed), listen(browser.tabs.onUpdated, onUpdated));
}

/** Closes the tabs one by one (a tab closed meanwhile does not stop the others); returns how many closed. */
export async function closeTabs(ids: readonly number[]): Promise<number> {
  const results = await Promise.allSettled(ids.map((id) => browser.tabs.remove(id)));
  return results.filter((r) => r.status === 'fulfilled').length;
}

export async function closeThisPage(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}
