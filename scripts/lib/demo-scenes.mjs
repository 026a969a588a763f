// The scenes that matter (issue 9 item 7), captured by the headless demo: field help open,
// a reminder, a guide step, an accompanied session (the person's page and the worker's side
// panel), at 1366×768 and at 800×600 with the largest text. The practice CAF login page is
// the stage; the guide and the session are driven the way the extension keeps them (the
// tab's walkthrough in storage.session, the side panel's messages), not by clicking our
// overlay, so the scenes survive a new layout.
import { join } from 'node:path';

export const SCENE_CONFIGS = [
  { tag: '1366x768', width: 1366, height: 768, textScale: 1 },
  { tag: '800x600-largest-text', width: 800, height: 600, textScale: 1.5 },
];

const CAF_LOGIN = 'https://www.caf.fr/connexion';
const PACK = 'caf-declaration-trimestrielle';
/** The side panel is a narrow column beside the page. */
const PANEL_WIDTH = 400;

/** Captures every scene in every configuration; returns the files written. */
export async function captureScenes(context, outDir) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const files = [];
  try {
    for (const config of SCENE_CONFIGS) files.push(...(await captureConfig(context, panel, outDir, config)));
  } finally {
    await panel.evaluate(() => chrome.storage.local.remove('settings')).catch(() => {});
    await panel.close();
  }
  return files;
}

async function captureConfig(context, panel, outDir, config) {
  const files = [];
  const shot = async (target, name) => {
    const file = join(outDir, `scene-${config.tag}-${name}.png`);
    if (target === panel) await panel.bringToFront();
    await target.waitForTimeout(500);
    await target.screenshot({ path: file });
    files.push(file);
    console.log(`  scene ${config.tag} ${name} → ${file}`);
  };
  const fromPanel = (type, payload) => panel.evaluate(([type, payload]) => chrome.runtime.sendMessage({ type, payload }), [type, payload]);
  const act = (action) => fromPanel('session.act', { action });
  await panel.setViewportSize({ width: PANEL_WIDTH, height: config.height });
  await panel.evaluate((textScale) => chrome.storage.local.set({ settings: { textScale, language: 'fr', rate: 0.9 } }), config.textScale);

  const page = await context.newPage();
  await page.setViewportSize({ width: config.width, height: config.height });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.bringToFront();
  const ready = async () => {
    await page.waitForSelector('cote-a-cote-overlay', { state: 'attached', timeout: 5000 });
    await page.waitForTimeout(800);
  };
  try {
    await page.goto(CAF_LOGIN, { waitUntil: 'load' });
    await ready();
    await shot(page, '1-page-at-rest');
    await page.focus('#nir');
    await shot(page, '2-field-help');
    await page.focus('#password-caf-input');
    await shot(page, '3-reminder');

    // A guide step: the tab's walkthrough as the background keeps it, resumed after a reload.
    const tabId = await panel.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    await panel.evaluate(([tabId, packId]) => chrome.storage.session.set({ [`walkthrough:${tabId}`]: { v: 1, packId, step: 0 } }), [tabId, PACK]);
    await page.reload({ waitUntil: 'load' });
    await ready();
    await shot(page, '4-guide-step');
    await panel.evaluate((tabId) => chrome.storage.session.remove(`walkthrough:${tabId}`), tabId);
    await page.reload({ waitUntil: 'load' });
    await ready();

    // An accompanied session, started by the worker in the side panel.
    await page.bringToFront();
    await act({ type: 'start' });
    await act({ type: 'choose-scope', scope: { packId: PACK, portal: 'caf', category: 'social' } });
    await page.locator('cote-a-cote-overlay').getByRole('button', { name: "J'accepte" }).waitFor({ timeout: 5000 }).catch(() => {});
    await shot(page, '5-session-notice-person');
    await shot(panel, '5-session-notice-panel');
    await page.bringToFront();
    await act({ type: 'agree' });
    await page.focus('#nir');
    await shot(page, '6-session-person');
    await shot(panel, '6-session-panel');
    await page.bringToFront();
    await fromPanel('session.showField', { key: '#password-caf-input' });
    await shot(page, '7-session-show-field');
    for (const type of ['end', 'desk-done', 'finish']) await act({ type });
  } finally {
    await page.close();
  }
  return files;
}
