import { fold } from '../privacy/classifier';
import { PASSWORD_TOGGLE } from '../privacy/classify-rules';
import type { Sensitivity } from '../privacy/sensitivity';

/**
 * W2 "Ce que voit l'extension": the worker reads which DATA the page asks for. The page's
 * own controls that `page.report` lists among form fields — the DSFR "Afficher le mot de
 * passe" checkbox, a bare "Afficher" / "Masquer" switch — ask for nothing and are left out.
 */

/** A show/hide switch of the page (by its name), e.g. "Afficher le mot de passe", "Masquer". */
const BARE_SWITCH = /^(afficher|masquer|montrer|cacher|voir|show|hide)( (le|la|les|the))?( (code|caracteres|saisie|characters))?$/;

/** Whether a field of the report is one of the page's controls rather than something to fill in. */
export function isPageControl(field: { label: string; sensitivity: Sensitivity }): boolean {
  // Anything the classifier found sensitive is data, whatever its name says.
  if (field.sensitivity !== 'none') return false;
  const name = fold(field.label).trim();
  return PASSWORD_TOGGLE.test(name) || BARE_SWITCH.test(name);
}

/** The report's fields the worker sees: data fields only, in the page's order. */
export function seenFields<F extends { label: string; sensitivity: Sensitivity }>(fields: readonly F[]): F[] {
  return fields.filter((field) => !isPageControl(field));
}
