import type { Pack } from '../packs/schema';
import type { PortalEntry } from '../portals/registry-schema';
import type { AccompaniedSession } from './accompanied';
import type { PanelGuide, PanelView, ProcedureChoice } from './panel-view';

/**
 * W2: what the worker's side panel shows, decided from values the background has read
 * (the session, the followed tab, its walkthrough, the packs). Pure: the background does
 * the reading (entrypoints/background/session.ts) and a relay-backed second screen could
 * build the same view from the same values.
 */

/** The walkthrough running in a tab (storage.session `walkthrough:<tabId>`). */
export interface RunningWalkthrough {
  packId: string;
  step: number;
}

/**
 * The followed tab's walkthrough, or else the declared procedure with no step; null when
 * neither names a known pack.
 */
export function guideOf(session: AccompaniedSession, running: RunningWalkthrough | null, packs: readonly Pack[]): PanelGuide | null {
  const pack = packs.find((p) => p.id === running?.packId) ?? packs.find((p) => p.id === session.scope?.packId);
  if (!pack) return null;
  const index = running && running.packId === pack.id ? running.step : null;
  const step = index === null ? null : pack.steps[index] ?? null;
  return {
    packId: pack.id,
    title: pack.title,
    procedure: pack.procedure,
    step: step ? index : null,
    total: pack.steps.length,
    stepTitle: step?.title ?? null,
    confidentiality: step?.workerNote ?? null, // the worker's note: the person's is on their step card
    papers: pack.papers,
    // A guide miss reads "Repère introuvable : Se connecter", not an id.
    anchors: [...pack.steps.map((s) => ({ id: s.id, label: s.title })), ...pack.fields.map((f) => ({ id: `field:${f.id}`, label: f.help.what }))],
  };
}

export interface PanelInputs {
  session: AccompaniedSession | null;
  /** The background's clock (epoch ms). */
  now: number;
  /** The session's tab if it is still open, with the portal its address belongs to (null: not official). */
  tab: { tabId: number; portal: PortalEntry | null } | null;
  /** The walkthrough running in that tab, if any. */
  running: RunningWalkthrough | null;
  packs: readonly Pack[];
  procedures: ProcedureChoice[];
}

/** The one answer of `session.get`: the session, the followed tab and its portal, the guide, the procedures. */
export function panelViewOf({ session, now, tab, running, packs, procedures }: PanelInputs): PanelView {
  const portal = tab?.portal ?? null;
  return {
    session,
    now,
    tab: tab ? { tabId: tab.tabId, portal: portal ? { id: portal.id, name: portal.name, shortName: portal.shortName } : null } : null,
    guide: session ? guideOf(session, tab ? running : null, packs) : null,
    procedures,
  };
}
