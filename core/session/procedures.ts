import type { Pack } from '../packs/schema';
import { officialRegistry } from '../portals/registry';
import type { PortalRegistry } from '../portals/registry-schema';
import type { SessionCategory } from './accompanied';
import type { ProcedureChoice } from './panel-view';

/**
 * The Aidants Connect category most procedures of a portal belong to: a suggestion the
 * worker can change when declaring the scope ("Social - Santé" covers the CAF's and
 * Ameli's procedures, "Papiers - Citoyenneté" identity papers and logins).
 */
const CATEGORY_OF_PORTAL: Readonly<Record<string, SessionCategory>> = {
  caf: 'social', ameli: 'social', msa: 'social', mesdroitssociaux: 'social', monespacesante: 'social',
  impots: 'argent', urssaf: 'argent', maprimerenov: 'logement',
  francetravail: 'travail', moncompteformation: 'travail', '1jeune1solution': 'travail', retraite: 'social',
  ants: 'papiers', franceconnect: 'papiers', 'laposte-identite': 'papiers', 'service-public': 'papiers',
  'demarche-numerique': 'papiers', aidantsconnect: 'papiers', anef: 'etranger',
};

/** The procedures a worker can declare as a session's scope: one per guide pack, by portal then title. */
export function procedureChoices(packs: readonly Pack[], registry: PortalRegistry = officialRegistry): ProcedureChoice[] {
  return packs
    .map((pack) => {
      const portal = registry.portals.find((p) => p.id === pack.portal);
      return {
        packId: pack.id,
        portal: pack.portal,
        portalName: portal?.shortName ?? pack.portal,
        title: pack.title,
        procedure: pack.procedure,
        category: CATEGORY_OF_PORTAL[pack.portal] ?? 'papiers',
      };
    })
    .sort((a, b) => a.portalName.localeCompare(b.portalName, 'fr') || a.title.localeCompare(b.title, 'fr'));
}
