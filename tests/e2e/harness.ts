import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumHostArgs, startPracticeServer } from '../../practice/server.mjs';
import { ensureChromium, QUIET_CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';
import type { PageReport } from '../../core/protocol/page-report';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../..', process.env.CAC_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every console line of pages, workers and the service worker, as text. */
  consoleLines: string[];
  open: (url: string) => Promise<Page>;
  /** An extension page (popup.html opened as a tab) to call extension APIs from. */
  extensionPage: () => Promise<Page>;
  /** Asks the content script of `page`'s tab for page.report, as the side panel would: the report, or `{ error }`. */
  pageReport: (page: Page) => Promise<PageReport | { error: unknown }>;
  /** Sends a raw message to the content script of `page`'s tab (for hostile-message tests). */
  sendRawToTab: (page: Page, message: unknown) => Promise<unknown>;
  /** Everything in storage.local, storage.session and storage.sync, serialised. */
  dumpStorage: () => Promise<string>;
  close: () => Promise<void>;
}

/**
 * Launches Chromium with the built extension, on the practice portals served locally.
 * `args`: extra Chromium flags (e.g. `--enable-speech-dispatcher` for read-aloud tests);
 * `env`: extra environment variables for Chromium and what it spawns.
 */
export async function launchHarness(options: { args?: string[]; env?: Record<string, string> } = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  const server = await startPracticeServer();
  const profile = mkdtempSync(join(tmpdir(), 'cac-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: false,
    viewport: { width: 1280, height: 900 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_CHROMIUM_ARGS,
      ...chromiumHostArgs(server.port),
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const consoleLines: string[] = [];
  const record = (msg: ConsoleMessage) => consoleLines.push(`${msg.type()}: ${msg.text()}`);
  watchWorker(worker, consoleLines);
  context.on('serviceworker', (w) => watchWorker(w, consoleLines));
  context.on('page', (page) => page.on('console', record));
  let extPage: Page | null = null;

  const extensionPage = async () => {
    if (extPage && !extPage.isClosed()) return extPage;
    extPage = await context.newPage();
    await extPage.goto(`chrome-extension://${extensionId}/popup.html`);
    return extPage;
  };
  const sendRawToTab = async (page: Page, message: unknown) => {
    const ext = await extensionPage();
    return ext.evaluate(
      async ({ url, message }) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => t.url === url);
        if (!tab?.id) throw new Error(`no tab for ${url}`);
        return chrome.tabs.sendMessage(tab.id, message);
      },
      { url: page.url(), message },
    );
  };

  return {
    context,
    extensionId,
    consoleLines,
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    extensionPage,
    pageReport: async (page) => (await sendRawToTab(page, { type: 'page.report' })) as Awaited<ReturnType<Harness['pageReport']>>,
    sendRawToTab,
    dumpStorage: async () => {
      const ext = await extensionPage();
      return ext.evaluate(async () =>
        JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null), await chrome.storage.sync.get(null)]),
      );
    },
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function watchWorker(worker: Worker, lines: string[]) {
  worker.on('console', (msg) => lines.push(`worker ${msg.type()}: ${msg.text()}`));
}

/**
 * Stops the extension's service worker (CDP `ServiceWorker.stopAllWorkers`, as Chrome does
 * after 30 s idle) and waits until it has stopped; the next event starts a fresh one, with
 * no memory of the old one. Returns the statuses seen, for the test to check.
 */
export async function stopServiceWorker(h: Harness): Promise<string[]> {
  const ext = await h.extensionPage();
  const cdp = await h.context.newCDPSession(ext);
  const statuses: string[] = [];
  let stopped!: () => void;
  const done = new Promise<void>((resolve) => (stopped = resolve));
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
    for (const version of event.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`))) {
      statuses.push(version.runningStatus);
      if (version.runningStatus === 'stopped') stopped();
    }
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  await cdp.detach().catch(() => undefined);
  return statuses;
}

/** Waits until our overlay host is in the page (the content script has started). */
export async function waitForOverlay(page: Page): Promise<void> {
  await page.waitForSelector('cote-a-cote-overlay', { state: 'attached', timeout: 10_000 });
}
