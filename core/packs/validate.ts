import { findPortal, officialRegistry } from '../portals/registry';
import type { PortalRegistry } from '../portals/registry-schema';
import { generatedTokensIn, isGeneratedToken, kindsOf } from './anchoring';
import { frenchIssues, pathText } from './errors';
import { Pack, type SelectorSet } from './schema';
import { parseUrlPattern } from './url-pattern';

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** The most sentences a step body may have (short steps, one thing at a time). */
const MAX_STEP_SENTENCES = 2;

/**
 * Parses a guide pack and checks what a schema cannot: links and pages on official
 * hosts only, references between pages, fields and steps, unique ids, no generated ids
 * in selectors, short steps. Never throws; errors are French sentences with the path.
 */
export function parsePack(json: unknown, registry: PortalRegistry = officialRegistry): PackResult {
  try {
    const parsed = Pack.safeParse(json);
    if (!parsed.success) return { ok: false, errors: frenchIssues(parsed.error.issues, json) };
    const errors = crossCheck(parsed.data, registry);
    return errors.length ? { ok: false, errors } : { ok: true, pack: parsed.data };
  } catch {
    return { ok: false, errors: ['(racine du pack) : le pack ne peut pas être lu'] };
  }
}

type Report = (path: ReadonlyArray<PropertyKey>, problem: string) => void;

function crossCheck(pack: Pack, registry: PortalRegistry): string[] {
  const errors: string[] = [];
  const report: Report = (path, problem) => errors.push(`${pathText(path)} : ${problem}`);
  if (!registry.portals.some((p) => p.id === pack.portal)) report(['portal'], `portail « ${pack.portal} » absent du registre des sites officiels`);
  checkPages(pack, registry, report);
  const pageIds = new Set(pack.pages.map((p) => p.id));
  checkUnique(pack.fields.map((f) => f.id), 'fields', report);
  checkUnique(pack.steps.map((s) => s.id), 'steps', report);
  pack.fields.forEach((field, i) => {
    if (!pageIds.has(field.page)) report(['fields', i, 'page'], `page « ${field.page} » inconnue (voir pages)`);
    checkSelectors(field.selectors, ['fields', i, 'selectors'], report);
  });
  pack.steps.forEach((step, i) => {
    if (!pageIds.has(step.page)) report(['steps', i, 'page'], `page « ${step.page} » inconnue (voir pages)`);
    if (step.target) checkSelectors(step.target, ['steps', i, 'target'], report);
    else if (step.advance.on === 'click' || step.advance.on === 'input') report(['steps', i, 'target'], `obligatoire quand advance.on vaut « ${step.advance.on} »`);
    if (sentences(step.body) > MAX_STEP_SENTENCES) report(['steps', i, 'body'], `au plus ${MAX_STEP_SENTENCES} phrases courtes`);
  });
  if (pack.logout) checkLink(pack.logout.url, ['logout', 'url'], registry, report);
  return errors;
}

function checkPages(pack: Pack, registry: PortalRegistry, report: Report): void {
  checkUnique(pack.pages.map((p) => p.id), 'pages', report);
  pack.pages.forEach((page, i) => {
    page.urlPatterns.forEach((pattern, j) => {
      const parsed = parseUrlPattern(pattern);
      const path = ['pages', i, 'urlPatterns', j];
      if (!parsed) report(path, `motif d'adresse invalide « ${pattern} » (forme : https://hote/chemin*?cle=valeur#route)`);
      else if (!findPortal(`https://${parsed.host.replace(/^\*\./, '')}/`, registry)) report(path, `l'hôte « ${parsed.host} » n'est pas un site officiel du registre`);
    });
  });
}

function checkLink(url: string, path: ReadonlyArray<PropertyKey>, registry: PortalRegistry, report: Report): void {
  if (!url.startsWith('https://')) report(path, 'le lien doit commencer par https://');
  else if (!findPortal(url, registry)) report(path, `le lien « ${url} » ne mène pas à un site officiel du registre`);
}

function checkSelectors(set: SelectorSet, path: ReadonlyArray<PropertyKey>, report: Report): void {
  set.forEach((selector, k) => {
    const at = [...path, k];
    const kinds = kindsOf(selector);
    if (kinds.length !== 1) {
      report(at, `un repère a exactement une sorte parmi css, label, name, autocomplete, aria, id (trouvé : ${kinds.join(', ') || 'aucune'})`);
      return;
    }
    if (selector.id !== undefined && isGeneratedToken(selector.id)) report([...at, 'id'], `« ${selector.id} » ressemble à un identifiant généré qui change à chaque visite`);
    const generated = selector.css ? generatedTokensIn(selector.css) : [];
    if (generated.length) report([...at, 'css'], `identifiant ou classe générés : ${generated.join(', ')} (ils changent à chaque visite)`);
  });
}

function checkUnique(ids: string[], section: string, report: Report): void {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) report([section, i, 'id'], `identifiant « ${id} » déjà utilisé dans ${section}`);
  });
}

/** Sentences = runs ending with . ! ? (or the end of the text). */
function sentences(text: string): number {
  return text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim().length > 0).length;
}
