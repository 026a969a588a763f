import { findPortal } from '../../core/portals/registry';
import type { SiteSummary } from '../../components/PopupView';

/**
 * What the popup says about the active tab. With activeTab, the URL is known once the
 * person clicked the button; without one (a browser page), we say we see no site.
 */
export function describeTabSite(url: string | undefined): SiteSummary {
  if (!url) return { kind: 'unknown' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'unknown' };
  const portal = findPortal(url);
  return portal ? { kind: 'official', host: parsed.hostname, portalName: portal.name } : { kind: 'not-official', host: parsed.hostname };
}
