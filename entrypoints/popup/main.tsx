import '../../lib/zod-setup';
import '../../components/page-base.css';
import './popup.css';
import '../../components/reading-settings.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createPageTranslator } from '../../lib/i18n-pages';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../lib/settings';
import { settingsItem } from '../../lib/storage-items';
import { PopupView } from '../../components/PopupView';
import { describeTabSite } from './tab-site';
import { sendFromPage } from '../../lib/page-messaging';
import { commandShortcut, CURTAIN_COMMAND } from '../../lib/commands';
import { PopupSessionEntry } from '../sidepanel/PopupEntry';
import { openSidePanel, optionsPageOpener } from '../sidepanel/open';

async function main() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const site = describeTabSite(tab?.url);
  const curtain = tab?.id === undefined ? undefined : { shortcut: await commandShortcut(CURTAIN_COMMAND), onToggle: () => toggleCurtain(tab.id!) };
  // Reading settings (G6): language and text size, redrawn live when they change.
  const onChange = (patch: Partial<Settings>) => void saveSettings(patch, settingsItem).catch(() => undefined);
  const draw = (settings: Settings) => {
    const i18n = createPageTranslator(settings.language); // all areas, popup-only ones included
    document.documentElement.lang = i18n.lang;
    document.documentElement.dir = i18n.dir;
    document.documentElement.style.setProperty('--cac-scale', String(settings.textScale));
    render(
      <PopupView site={site} i18n={i18n} reading={{ settings, onChange }} onCleanDesk={openCleanDesk} curtain={curtain}>
        {/* W2: accompanied mode opens the worker's side panel (inside the click: a user gesture). */}
        <PopupSessionEntry i18n={i18n} onOpenPanel={() => void openSidePanel(tab?.windowId).then((opened) => opened && window.close())} onStatistics={optionsPageOpener()} />
      </PopupView>,
      document.getElementById('app')!,
    );
  };
  draw(await loadSettings(settingsItem));
  watchSettings(draw, new AbortController().signal, settingsItem); // lives as long as the popup
}

/** C4: the clean-desk checklist opens in its own tab (the popup closes when it loses focus). */
function openCleanDesk() {
  void browser.tabs.create({ url: browser.runtime.getURL('/clean-desk.html') }).then(() => window.close());
}


/** C3: the same path as the keyboard command (background → the tab's content script). */
function toggleCurtain(tabId: number) {
  void sendFromPage('curtain.toggleTab', { tabId }).then(() => window.close());
}

void main();
