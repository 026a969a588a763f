import '../../lib/zod-setup';
import '../../overlay/overlay.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { manifestMatchPatterns } from '../../core/portals/registry';
import { startPortalScript } from './start';

export default defineContentScript({
  // Official portals only, from the data file (core/portals/official-portals.json).
  matches: manifestMatchPatterns(),
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startPortalScript(ctx),
});
