import '../../lib/zod-setup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPortalScript } from './start';

export default defineContentScript({
  // Official portals only: wxt.config.ts writes the full list from the data file
  // (core/portals/official-portals.json) into the manifest. Not computed here, so the
  // registry is not bundled into every page (30 KiB budget); build.e2e checks the result.
  matches: ['https://*.caf.fr/*'],
  // document_end: the page.report listener is up before the load event, so an inspection
  // script that waits for load always finds it (document_idle may come after load).
  runAt: 'document_end',
  // Our styles are inlined into the shadow root (overlay/mount.tsx): no web-accessible
  // CSS file that pages could probe to detect the extension, no fetch at start-up.
  cssInjectionMode: 'manual',
  main: (ctx) => startPortalScript(ctx),
});
