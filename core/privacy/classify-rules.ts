import type { Sensitivity } from './sensitivity';

/**
 * Word lists of the field classifier. Every pattern runs on `fold()`ed text: lowercase,
 * no accents, punctuation turned into single spaces, padded with one space each side,
 * so `\b` and `^ … $` behave the same on "N° de sécu" and "no de secu".
 */
export interface Rule {
  readonly category: Sensitivity;
  /** Tested on all the field's own text (names, hints, attribute tokens). */
  readonly words?: RegExp;
  /** Tested on the label alone: for short labels ("Code", "Clé") that mean something only when bare. */
  readonly bareLabel?: RegExp;
  /** A hit is ignored when this also matches (e.g. "immatriculation du véhicule"). */
  readonly unless?: RegExp;
}

const NOT_A_CODE = /\bcode (postal|banque|guichet|commune|insee|naf|ape|pays|departement|promo\w*)\b/;

export const PASSWORD: Rule = {
  category: 'password',
  words:
    /\b(mots? de passe|motdepasse|mdp|password|passwd|pwd|passcode|passphrase|passwort|code (personnel|secret|confidentiel|pin)|pin code)\b/,
};

// Card security codes read like one-time codes ("code de sécurité"), so bank cards go first.
export const CARD: Rule = {
  category: 'bank',
  words:
    /\b(cryptogramme|cvv2?|cvc2?|cc (number|csc|exp\w*|name|type|given|family|additional)|numero de (la )?carte (bancaire|de credit|de paiement)|cartes? (bancaire|de credit)|card number|credit card|expiration de (la |votre )?carte|code de securite \w*( \w+){0,4} carte)\b/,
};

export const ONE_TIME_CODE: Rule = {
  category: 'one-time-code',
  words:
    /\b(otp|totp|one time|2fa|mfa|code (de |d )?(verification|securite|confirmation|validation|activation|authentification|unique|temporaire)|code (a )?\d chiffres|(verification|security|confirmation|authentication) code|code\b( \w+){0,6} (recu|envoye|sms|texto|e mail|mail|courriel))\b/,
  bareLabel:
    /^ ((saisi\w*|entre[rz]|tapez|renseign\w*|enter|type) (le |votre |the |your )?)?code( recu)?( a)?( \d+ chiffres)? $/,
  unless: NOT_A_CODE,
};

// Ameli splits the NIR into 13 characters + a 2-digit "Clé" input labelled only "Clé".
export const SOCIAL_SECURITY: Rule = {
  category: 'social-security-number',
  words:
    /\b(securite sociale|secu|nir|nss|social security|ssn|numero insee|immatriculation|carte vitale)\b/,
  bareLabel: /^ cle( de controle)?( nir| secu)?( \d+ chiffres)? $/,
  unless: /\b(vehicule|vehicle|plaque|siret|siren|entreprise|rcs)\b/,
};

// "Revenu fiscal de référence" is a tax identifier here, not an income figure.
export const TAX: Rule = {
  category: 'tax-number',
  words:
    /\b(numeros? fiscal|numeros fiscaux|fiscal number|identifiant fiscal|spi|acces en ligne|revenu fiscal|rfr|avis d (imposition|impot)|numero de (tele)?declarant|tax (number|id|identification|reference))\b/,
};

export const FOREIGNER: Rule = {
  category: 'foreigner-number',
  words:
    /\b(numero (d )?etranger|agdref|titres? de sejour|cartes? de sejour|residence permit|numero (de |du )?visa|visa number|recepisse|ofii|ofpra|anef)\b/,
};

export const IDENTITY_DOCUMENT: Rule = {
  category: 'identity-document',
  words:
    /\b(passeport|passport|cartes? (nationale )?d identite|cni|pieces? d identite|titre d identite|identity card|id card|permis de conduire|driving licen[cs]e|driver s license|document number|numero du document)\b/,
};

export const BANK: Rule = {
  category: 'bank',
  words:
    /\b(iban|bic|swift|rib|releve d identite bancaire|coordonnees bancaires|comptes? bancaires?|numero de compte|bank|banque|account number|code guichet|domiciliation|titulaire du compte|account holder|sort code|routing number)\b/,
};

export const HEALTH: Rule = {
  category: 'health',
  words:
    /\b(maladies?|malade|handicap\w*|invalidite|incapacite|medecins?|medical\w*|medicaux|ald|affection de longue duree|grossesse|enceinte|accouchement|arret de travail|pathologie\w*|diagnostic|hospitalis\w*|mdph|sante|soins|accident du travail|health|disability|disabled|illness|pregnan\w*|sick leave|allergies?|vaccin\w*)\b/,
};

export const INCOME: Rule = {
  category: 'income',
  words:
    /\b(salaires?|salary|wages?|revenus?|income|earnings|ressources|montants?|net social|net imposable|brut|pensions?|indemnites?|chomage|unemployment|retour a l emploi|remunerations?|heures|traitements et salaires|prime d activite|patrimoine|epargne|impots?|plus values?|benefices?|chiffre d affaires|amount)\b/,
};

export const IDENTITY: Rule = {
  category: 'identity',
  words:
    /\b(noms?|prenoms?|naissance|sexe|genre|civilite|nationalite|situation (familiale|matrimoniale)|first name|last name|surname|given name|family name|full name|firstname|lastname|middle name|additional name|birth\w*|bday|dob|gender|sex|nationality|honorific|nickname|name|allocataire)\b/,
  unless: /\b(nom d utilisateur|user ?name)\b/,
};

export const CONTACT: Rule = {
  category: 'contact',
  words:
    /\b(adresses?|address\w*|code postal|postal code|zip|zipcode|cp|ville|commune|city|town|localite|pays|country|cedex|rue|voie|lieu dit|boite postale|complement d adresse|batiment|appartement|etage|e mail|emails?|mail|courriel|telephone|tel|phone|portable|mobile|street|domicile|residence)\b/,
};

/** Rules for the field's own words, strongest first. The digit-box group check sits after BANK. */
export const IDENTIFIER_RULES: readonly Rule[] = [PASSWORD, CARD, ONE_TIME_CODE, SOCIAL_SECURITY, TAX, FOREIGNER, IDENTITY_DOCUMENT, BANK];
export const PERSONAL_RULES: readonly Rule[] = [HEALTH, INCOME, IDENTITY, CONTACT];

/** French tax-form boxes ("1AJ", "1BJ", "1AP") — upper case in the page, so "1er" never matches. */
export const TAX_BOX = /(^|[^\w])[1-8][A-Z]{2}($|[^\w])/;

/** Framework words that make up generated ids (`input-35`, `mat-input-2`, `v-text-field-3`). */
export const FRAMEWORK_ID_WORDS = new Set([
  'input', 'mat', 'mdc', 'select', 'field', 'text', 'textfield', 'v', 'el', 'id', 'uid', 'ember',
  'react', 'headlessui', 'radix', 'mui', 'ng', 'cdk', 'vs', 'control', 'form', 'rc', 'auto', 'formly',
]);
