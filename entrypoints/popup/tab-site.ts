import { assessHost } from '../../core/portals/lookalike';
import { findPortal, officialRegistry } from '../../core/portals/registry';
import { readTarget } from '../warning/target';
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
  // Our own look-alike warning page: speak about the site it stands in for.
  const warned = /-extension:$/.test(parsed.protocol) && parsed.pathname === '/warning.html' ? readTarget(parsed.hash) : null;
  if (warned) return describeTabSite(warned.url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'unknown' };
  const portal = findPortal(url);
  if (portal) return { kind: 'official', host: parsed.hostname, portalName: portal.name };
  // G1: a site that imitates an official one gets a clear warning, not just "not on the list".
  const assessment = assessHost(parsed.hostname);
  if (assessment.verdict === 'lookalike') {
    const imitated = officialRegistry.portals.find((p) => p.id === assessment.imitates);
    return { kind: 'lookalike', host: parsed.hostname, portalName: imitated?.shortName ?? null, home: imitated?.home ?? null };
  }
  return { kind: 'not-official', host: parsed.hostname };
}
