import '../../lib/zod-setup';
import './popup.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defaultTranslator } from '../../lib/i18n';
import { PopupView } from '../../components/PopupView';
import { describeTabSite } from './tab-site';

async function main() {
  const i18n = defaultTranslator();
  document.documentElement.lang = i18n.lang;
  document.documentElement.dir = i18n.dir;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  render(<PopupView site={describeTabSite(tab?.url)} i18n={i18n} />, document.getElementById('app')!);
}

void main();
