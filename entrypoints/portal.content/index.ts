import '../../lib/zod-setup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { manifestMatchPatterns } from '../../core/portals/registry';
import { startPortalScript } from './start';

export default defineContentScript({
  // Official portals only, from the data file (core/portals/official-portals.json).
  matches: manifestMatchPatterns(),
  // document_end: the page.report listener is up before the load event, so an inspection
  // script that waits for load always finds it (document_idle may come after load).
  runAt: 'document_end',
  // Our styles are inlined into the shadow root (overlay/mount.tsx): no web-accessible
  // CSS file that pages could probe to detect the extension, no fetch at start-up.
  cssInjectionMode: 'manual',
  main: (ctx) => startPortalScript(ctx),
});
