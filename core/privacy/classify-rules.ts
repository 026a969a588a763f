import type { Rule, RuleSet } from './rule-set';

/**
 * Word lists of the field classifier (data: bundled in the background, sent to content
 * scripts by `privacy.rules`). Every pattern runs on `fold()`ed text: lowercase, no
 * accents, punctuation turned into single spaces, padded with one space each side, so
 * `\b` and `^ … $` behave the same on "N° de sécu" and "no de secu".
 */

/** Codes that are not secrets: places, companies, jobs, offers. */
export const NOT_A_CODE =
  /\bcodes? (postal|postaux|banque|guichet|commune|communal|insee|naf|ape|pays|departement|region|iso|langue|promo\w*|reduction|parrain\w*|cadeau|avantage|reservation|client|adherent|organisme|caisse|rome|metier|emploi|formation|cpf|produit|article|barres?|qr|couleur|activite|du dossier|de la commune|de la ville|d activite|de l organisme|de la caisse|de parrainage|de reduction|de reservation|du produit|de l article)\b|\bpostal code|zip code|promo code|digicode|interphone|coupon|discount|voucher|gift card|securite sociale\b/;

// "Identifiant et mot de passe" names a pair of fields, not this one.
const CREDENTIAL_PAIR =
  /\b(identifiant|username|user name|login|nom d utilisateur|e mail|email|adresse electronique|numero fiscal)( \w+){0,3} (et|and|ou|or) (votre |your |le |mon |un |a )?(mot de passe|password|code secret)\b/;

export const PASSWORD: Rule = {
  id: 'password',
  category: 'password',
  words:
    /\b(mots? de passe|motdepasse|mdp|password|passwd|pwd|passcode|passphrase|passwort|kennwort|wachtwoord|contrasena|senha|haslo|losenord|adgangskode|salasana|code (personnel|secret|confidentiel|pin|d acces)|pin( code)?|question secrete|reponse (a la question )?secrete|secret (question|answer)|security answer)\b/,
  // "One-time password", "mot de passe à usage unique": a one-time code (that rule follows).
  unless: new RegExp(`${CREDENTIAL_PAIR.source}|\\b(digicode|immeuble|interphone|porte d entree|one time|a usage unique|otp)\\b`),
};

// Card security codes read like one-time codes ("code de sécurité"), so bank cards go first.
export const CARD: Rule = {
  id: 'card',
  category: 'bank',
  words:
    /\b(cryptogramme|cvv2?|cvc2?|cvn|csc|cc (number|csc|exp\w*|name|type|given|family|additional)|numero de (la |votre )?carte( bancaire| de credit| de paiement)?|cartes? (bancaire|de credit|de paiement|bleue)|card ?number|credit card|debit card|payment card|card holder|cardholder|name on (the )?card|titulaire de la carte|nom sur la carte|expiration de (la |votre )?carte|date d expiration( mm| mois)?( aa| annee)|expiry date|expiration date|code de securite \w*( \w+){0,4} carte|card security code|security code on (the |your )?card)\b/,
  unless: /\b(carte (vitale|d identite|nationale|de sejour|de resident|grise|d invalidite|mobilite|d electeur|famille nombreuse)|id card|identity card)\b/,
};

export const ONE_TIME_CODE: Rule = {
  id: 'one-time-code',
  category: 'one-time-code',
  words:
    /\b(otp|totp|one time|2fa|mfa|a usage unique|second (factor|facteur)|two (factor|step)|2 step|deux (facteurs|etapes)|double authentification|(verification|confirmation|security|sms|email|mail) token|verificatiecode|bevestigingscode|bestatigungscode|sicherheitscode|einmalcode|codigo de (verificacion|seguridad|confirmacion)|codice di (verifica|sicurezza)|code (de |d )?(verification|securite|confirmation|validation|activation|authentification|authentication|unique|temporaire|provisoire|a usage unique)|code (a )?\d+ chiffres|\d+ digit code|(verification|security|confirmation|authentication|access|login|sign in) code|code (sent|we sent)|(backup|recovery) codes?|code (de secours|de recuperation)|authenticator|code\b( \w+){0,6} (recu|recue|envoy\w*|sms|texto|e mail|mail|courriel|telephone|emailed|mailed|texted|sent))\b/,
  bareLabel:
    /^ ((saisi\w*|entre[rz]|tapez|indique[rz]|renseign\w*|inser\w*|copie[rz]|recopie[rz]|colle[rz]|enter|type|input|paste|fill in|your) (le |votre |ce |the |your |this )?)?code( recu| envoye)?( (a|de|of) \d+ (chiffres|caracteres|lettres|mots|digits|characters|letters|words)| \d+ (chiffres|digits))? $/,
  unless: NOT_A_CODE,
};

// Ameli splits the NIR into 13 characters + a 2-digit "Clé" input labelled only "Clé".
export const SOCIAL_SECURITY: Rule = {
  id: 'social-security',
  category: 'social-security-number',
  words:
    /\b(securite sociale|secu|nir|nss|numero ss|social security|ssn|numero insee|immatriculation|carte vitale|inscription au repertoire|assure social|numero d assure|national insurance|ni number|social insurance number)\b/,
  bareLabel: /^ cle( de controle)?( nir| secu)?( \d+ chiffres)? $/,
  unless: /\b(vehicule|vehicle|plaque|siret|siren|entreprise|rcs|code de la securite sociale)\b/,
};

// "Revenu fiscal de référence" is a tax identifier here, not an income figure.
export const TAX: Rule = {
  id: 'tax',
  category: 'tax-number',
  words:
    /\b(numeros? fiscal|numeros fiscaux|fiscal number|identifiant fiscal|identification fiscale|spi|nif|acces en ligne|revenu fiscal|rfr|avis d (imposition|impot)|reference de (l )?avis|numero (de |d )?(l )?avis|numero de (tele)?declarant|numero (de )?contribuable|taxpayer|tax (number|id|identification|reference|file number)|tin)\b/,
};

export const FOREIGNER: Rule = {
  id: 'foreigner',
  category: 'foreigner-number',
  words:
    /\b(numero (d )?etranger|ressortissant etranger|agdref|titres? de sejour|cartes? de sejour|carte de resident|residence permit|numero (de |du )?visa|visa number|recepisse|ofii|ofpra|anef|demande d asile|asylum|dcem|document de circulation)\b/,
};

export const IDENTITY_DOCUMENT: Rule = {
  id: 'identity-document',
  category: 'identity-document',
  words:
    /\b(passeport|passport|cartes? (nationale )?d identite|cni|pieces? d identite|titre d identite|identity card|id card|identity document|permis de conduire|numero (de |du )?permis|driving licen[cs]e|driver s licen[cs]e|document number|numero du document|numero (de |du )?titre|numero de (la )?piece)\b/,
};

export const BANK: Rule = {
  id: 'bank',
  category: 'bank',
  words:
    /\b(iban|bic|swift|rib|releve d identite bancaire|bancaires?|coordonnees bancaires|comptes? bancaires?|numero de compte|bank|banque|account number|code guichet|domiciliation|titulaire du compte|nom du titulaire|account holder|name on (the )?account|sort code|routing number|building society|fr76)\b/,
};

export const HEALTH: Rule = {
  id: 'health',
  category: 'health',
  words:
    /\b(maladies?|malade|handicap\w*|invalidite|incapacite|medecins?|medical\w*|medicaux|ald|affection de longue duree|grossesse|enceinte|accouchement|arret de travail|pathologie\w*|diagnostic|hospitalis\w*|mdph|sante|soins|accident du travail|health|disability|illness|pregnan\w*|sick leave|allergies?|vaccin\w*|mutuelle|traitement medical|medicaments?|gp|doctor|physician|surgery|aah|inapt\w*|rqth|invalides?|infirmite|deficien\w*|psych\w*|therap\w*|blessures?|injury|injuries|impairments?|wheelchair|fauteuil roulant|mobilite reduite|pmr|sourde?s?|surdite|malentendant\w*|malvoyant\w*|aveugles?|cecite|deaf|blind|groupe sanguin|blood (type|group)|medication|chronic|chronique|complementaire sante|aide medicale|cmu\w*|maternite|maternity|fausse couche|ivg|contraception|sante mentale|mental health|addiction|perte d autonomie)\b/,
};

export const INCOME: Rule = {
  id: 'income',
  category: 'income',
  words:
    /\b(salaires?|salary|wages?|revenus?|income|earnings|ressources|montants?|net social|net imposable|brut|pensions?|indemnites?|chomage|unemployment|retour a l emploi|remunerations?|heures (travaillees|de travail|effectuees)|nombre d heures|traitements et salaires|prime d activite|patrimoine|epargne|plus values?|benefices?|chiffre d affaires|amount|loyers?|rente|allocations?|aides? au logement|aides (sociales|financieres|percues|versees)|quelles aides|prestations( sociales| familiales)?|percevez vous|apl|rsa|bourses?|savings|benefits?)\b/,
};

export const IDENTITY: Rule = {
  id: 'identity',
  category: 'identity',
  words:
    /\b(noms?|prenoms?|naissance|sexe|genre|civilite|nationalite|situation (familiale|matrimoniale)|first name|last name|surname|given name|family name|full name|firstname|lastname|middle name|additional name|birth\w*|bday|dob|gender|sex|nationality|honorific|nickname|name|allocataire|conjoint|epoux|epouse|mariage|pacs|marie|celibataire|divorce|veuf|veuve|concubin\w*|titre d appel|maiden name|marital status|patronymes?|forenames?|surnames?|nom d usage|nom marital|nom de jeune fille|initiales|initials|ages?|years old|years of age|tranche d age|\d+ ans (ou plus|et plus|minimum)|(plus|moins) de \d+ ans|date of birth)\b/,
  unless:
    /\b(nom d utilisateur|user ?name|(company|business|organi[sz]ation|file|street|display|product|project|event|account) name|noms? (de la |du |de l |des |d )(commune|ville|rue|voie|fichier|document|finalite|organisme|entreprise|societe|structure|association|etablissement|service|produit|projet|dossier|banque))\b/,
};

export const CONTACT: Rule = {
  id: 'contact',
  category: 'contact',
  words:
    /\b(adresses?|address\w*|code postal|postal code|postcode|zip|zipcode|cp|ville|commune|city|town|localite|pays|country|cedex|rue|voie|lieu dit|boite postale|complement d adresse|batiment|appartement|etage|escalier|digicode|immeuble|e mail|emails?|mail|courriel|telephone|tel|phone|portable|mobile|street|domicile|residence|apartment|apt|house number|county|province|state|region)\b/,
};

/** Words of a "Show password" toggle beside a field (folded text of the control's name and class). */
export const PASSWORD_TOGGLE =
  /\b(afficher|masquer|montrer|cacher|voir|show|hide|reveal|toggle|display|unmask|mask|visibility|visibilite)\b( \w+){0,4} (mots? de passe|mdp|password|passwd|pwd|passcode|code (secret|personnel|confidentiel|pin))\b|\b(password|mot de passe|pwd) (toggle|reveal|visibility|eye|show|hide)\b|\bfr password checkbox\b/;

/** An eye icon beside a text field: the usual "show password" button with no words. */
export const EYE_ICON = /\b(mdi eye( off)?|eye off|eye slash|bi eye( slash)?|fa eye( slash)?|icon eye|visibility off|visibility)\b/;

/** A card mentioned near a "security code": the card's code, not a one-time code. */
export const CARD_CONTEXT = /\b(card|cards|cartes?)\b(?! (vitale|d identite|de sejour|grise))/;

/** A word "code" in a field's text (for the short numeric code shape). */
export const CODE_WORD = /\b(code|codes|otp|pin)\b/;

/** Where a label's hint starts: "Numéro fiscal Format attendu : 13 chiffres". */
export const HINT_MARKER = /\s(?=(Format attendu|Indication|Exemple|Ex\.|Ex :|Par exemple|For example|e\.g\.)\b)/i;

/** Autocomplete tokens that name a non-secret field: no label can make it a password or a code. */
export const NOT_SECRET_AUTOCOMPLETE =
  /\b(username|email|tel|tel-[a-z-]+|name|given-name|family-name|additional-name|nickname|honorific-(prefix|suffix)|street-address|address-(line|level)\d|country|country-name|postal-code|bday|bday-(day|month|year)|sex|url|organization|organization-title)\b/;

/**
 * A group's question about how to fill the form, not about the person: "Comment souhaitez-vous
 * indiquer la rémunération ?" — its answers ("En indiquant le montant total") reveal nothing.
 */
export const FORM_QUESTION =
  /\b(comment (souhaitez|voulez|preferez|desirez) vous|de quelle (maniere|facon) (souhaitez|voulez|preferez)|how (would|do|will) you (like|want|prefer) to|how should we)\b/;

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

/** Everything the engine (core/privacy/classifier.ts) needs, as one value. */
export const RULE_SET: RuleSet = {
  identifiers: IDENTIFIER_RULES,
  personal: PERSONAL_RULES,
  patterns: {
    taxBox: TAX_BOX,
    eyeIcon: EYE_ICON,
    cardContext: CARD_CONTEXT,
    codeWord: CODE_WORD,
    hintMarker: HINT_MARKER,
    notACode: NOT_A_CODE,
    notSecretAutocomplete: NOT_SECRET_AUTOCOMPLETE,
    passwordToggle: PASSWORD_TOGGLE,
    formQuestion: FORM_QUESTION,
  },
  frameworkIdWords: FRAMEWORK_ID_WORDS,
};
