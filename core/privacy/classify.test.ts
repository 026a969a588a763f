import { describe, expect, it } from 'vitest';
import { attributeTokens, classifyField, fold, isGeneratedId } from './classify';
import type { FieldDescription } from './field-description';
import type { Sensitivity } from './sensitivity';

function field(partial: Partial<FieldDescription>): FieldDescription {
  return {
    tag: 'input', type: 'text', accessibleName: '', name: '', id: '', autocomplete: '', inputmode: '',
    maxLength: null, pattern: '', placeholder: '', legend: '', nearbyText: '', classHints: '', groupSize: 1,
    ...partial,
  };
}

type Case = [string, Partial<FieldDescription>, Sensitivity];
const label = (accessibleName: string, more: Partial<FieldDescription> = {}): Partial<FieldDescription> => ({ accessibleName, ...more });

const PASSWORDS: Case[] = [
  ['type=password', { type: 'password' }, 'password'],
  ['Ameli: type=password, no label, no name', { type: 'password', id: 'input-52' }, 'password'],
  ['autocomplete current-password', { autocomplete: 'current-password' }, 'password'],
  ['autocomplete new-password', { autocomplete: 'section-x new-password' }, 'password'],
  ['DSFR Afficher → type=text keeps class', { classHints: 'fr-password__input fr-input fr-input-wrap fr-password' }, 'password'],
  ['Mot de passe', label('Mot de passe'), 'password'],
  ['MOT DE PASSE uppercase', label('MOT DE PASSE'), 'password'],
  ['Confirmez votre mot de passe', label('Confirmez votre mot de passe'), 'password'],
  ['English password', label('Password'), 'password'],
  ['Code personnel (Ameli)', label('Code personnel'), 'password'],
  ['Ameli unlabelled: nearby text', { nearbyText: 'Code personnel', id: 'input-37' }, 'password'],
  ['Code secret', label('Code secret à 8 chiffres'), 'password'],
  ['Passcode', label('Passcode'), 'password'],
  ['name=mdp', { name: 'mdp' }, 'password'],
  ['name=userPassword', { name: 'userPassword' }, 'password'],
  ['placeholder Mot de passe', { placeholder: 'Mot de passe' }, 'password'],
];

const CODES: Case[] = [
  ['autocomplete one-time-code', { autocomplete: 'one-time-code' }, 'one-time-code'],
  ['Code reçu par SMS', label('Code reçu par SMS'), 'one-time-code'],
  ['code recu par sms (no accents)', label('code recu par sms'), 'one-time-code'],
  ['Code envoyé par e-mail', label('Saisissez le code envoyé par e-mail'), 'one-time-code'],
  ['Code reçu par courriel', label('Code reçu par courriel'), 'one-time-code'],
  ['Code de vérification', label('Code de vérification'), 'one-time-code'],
  ['Code de sécurité', label('Code de sécurité'), 'one-time-code'],
  ['Code à 6 chiffres', label('Code à 6 chiffres'), 'one-time-code'],
  ['Code de confirmation', label('Code de confirmation'), 'one-time-code'],
  ['bare Code', label('Code'), 'one-time-code'],
  ['Saisissez le code', label('Saisissez le code'), 'one-time-code'],
  ['English verification code', label('Verification code'), 'one-time-code'],
  ['numOTP1', { name: 'numOTP1', maxLength: 1 }, 'one-time-code'],
  ['one box per digit, aria-label Chiffre 3', { accessibleName: 'Chiffre 3', maxLength: 1, groupSize: 6, inputmode: 'numeric' }, 'one-time-code'],
  ['one box per digit, no name', { maxLength: 1, groupSize: 6, type: 'tel' }, 'one-time-code'],
  ['Vuetify OTP class', { classHints: 'v-otp-input__field', maxLength: 1, groupSize: 6 }, 'one-time-code'],
  ['legend Code reçu par SMS, input "Code"', { legend: 'Code reçu par SMS', accessibleName: 'Chiffre 1' }, 'one-time-code'],
];

const IDENTIFIERS: Case[] = [
  ['Numéro de sécurité sociale', label('Numéro de sécurité sociale', { id: 'input-35' }), 'social-security-number'],
  ['NUMERO DE SECURITE SOCIALE', label('NUMERO DE SECURITE SOCIALE'), 'social-security-number'],
  ['Ameli Clé', label('Clé', { id: 'input-36', maxLength: 2 }), 'social-security-number'],
  ['Clé (2 chiffres)', label('Clé (2 chiffres)'), 'social-security-number'],
  ['NIR', label('NIR'), 'social-security-number'],
  ['N° de sécu', label('N° de sécu'), 'social-security-number'],
  ["Numéro d'immatriculation", label("Numéro d'immatriculation"), 'social-security-number'],
  ['English social security number', label('Social security number'), 'social-security-number'],
  ['name=nir', { name: 'nir' }, 'social-security-number'],
  ['Numéro fiscal', label('Numéro fiscal Format attendu : 13 chiffres'), 'tax-number'],
  ['SPI', label('Numéro SPI'), 'tax-number'],
  ["Numéro d'accès en ligne", label("Numéro d'accès en ligne"), 'tax-number'],
  ['Revenu fiscal de référence', label('Revenu fiscal de référence'), 'tax-number'],
  ['English tax number', label('Tax number'), 'tax-number'],
  ['No. fiscal', label('No. fiscal'), 'tax-number'],
  ['Numéro de passeport', label('Numéro de passeport'), 'identity-document'],
  ["Numéro de carte d'identité", label("Numéro de carte nationale d'identité"), 'identity-document'],
  ['N° CNI', label('N° CNI'), 'identity-document'],
  ['Passport number', label('Passport number'), 'identity-document'],
  ['Numéro étranger', label('Numéro étranger'), 'foreigner-number'],
  ['AGDREF', label('Numéro AGDREF'), 'foreigner-number'],
  ['Numéro de titre de séjour', label('Numéro du titre de séjour'), 'foreigner-number'],
  ['Numéro de visa', label('Numéro de visa'), 'foreigner-number'],
];

const BANK: Case[] = [
  ['IBAN', label('IBAN'), 'bank'],
  ['BIC', label('Code BIC'), 'bank'],
  ['RIB', label('Joindre votre RIB'), 'bank'],
  ['Clé RIB', label('Clé RIB'), 'bank'],
  ['Coordonnées bancaires', label('Vos coordonnées bancaires'), 'bank'],
  ['Numéro de carte bancaire', label('Numéro de carte bancaire'), 'bank'],
  ['Cryptogramme', label('Cryptogramme visuel'), 'bank'],
  ['Card security code reads as bank', label('Code de sécurité de votre carte'), 'bank'],
  ['autocomplete cc-number', { autocomplete: 'cc-number' }, 'bank'],
  ['autocomplete cc-exp', { autocomplete: 'cc-exp' }, 'bank'],
  ['English bank account', label('Bank account number'), 'bank'],
];

const PERSONAL: Case[] = [
  ['Maladie chronique', label('Avez-vous une maladie chronique ?'), 'health'],
  ['Handicap', label('Situation de handicap'), 'health'],
  ['Médecin traitant', label('Nom du médecin traitant'), 'health'],
  ['ALD', label('ALD'), 'health'],
  ['Grossesse', label('Date de début de grossesse'), 'health'],
  ['Arrêt de travail', label("Date de l'arrêt de travail"), 'health'],
  ['Salaire', label('Salaire net'), 'income'],
  ['Revenus', label('Montant de vos revenus'), 'income'],
  ['Ressources', label('Vos ressources du trimestre'), 'income'],
  ['Net social', label('Montant net social'), 'income'],
  ['Pension', label("Pension d'invalidité"), 'health'],
  ['Allocation chômage', label('Allocation chômage perçue'), 'income'],
  ['impots 1AJ', label('1AJ Salaires - Déclarant 1'), 'income'],
  ['impots box by name', { name: '1BJ' }, 'income'],
  ["Nombre d'heures travaillées", label("Nombre d'heures travaillées"), 'income'],
  ['Salary', label('Monthly salary'), 'income'],
  ['checkbox aucun revenu', label("Vous n'avez aucun revenu ce mois-ci", { type: 'checkbox' }), 'income'],
  ['radio Oui, legend revenus', { type: 'radio', accessibleName: 'Oui', legend: 'Avez-vous perçu des revenus ?' }, 'income'],
  ['radio Non, legend maladie', { type: 'radio', accessibleName: 'Non', legend: 'Êtes-vous en arrêt maladie ?' }, 'health'],
  ['Nom', label('Nom'), 'identity'],
  ['Prénom', label('Prénom(s)'), 'identity'],
  ['PRENOM', label('PRENOM'), 'identity'],
  ['Nom de naissance', label('Nom de naissance'), 'identity'],
  ["Nom d'usage", label("Nom d'usage"), 'identity'],
  ['Date de naissance', label('Date de naissance Format attendu : JJ/MM/AAAA', { type: 'date' }), 'identity'],
  ['Lieu de naissance', label('Lieu de naissance'), 'identity'],
  ['Ville de naissance is identity, not contact', label('Ville de naissance'), 'identity'],
  ['Sexe radio', { type: 'radio', accessibleName: 'Femme', legend: 'Sexe' }, 'identity'],
  ['Nationalité select', { tag: 'select', type: 'select', accessibleName: 'Nationalité' }, 'identity'],
  ["Nom de l'employeur", label("Nom de l'employeur"), 'identity'],
  ['autocomplete given-name', { autocomplete: 'given-name' }, 'identity'],
  ['autocomplete family-name', { autocomplete: 'family-name' }, 'identity'],
  ['autocomplete bday-day', { autocomplete: 'bday-day' }, 'identity'],
  ['name=dateNaissance', { name: 'dateNaissance' }, 'identity'],
  ['First name', label('First name'), 'identity'],
  ['Date of birth', label('Date of birth'), 'identity'],
  ['Adresse', label('Adresse'), 'contact'],
  ['Code postal is not a code', label('Code postal'), 'contact'],
  ['Code postal (5 chiffres)', label('Code postal Format attendu : 5 chiffres'), 'contact'],
  ['Numéro de rue', label('Numéro de rue'), 'contact'],
  ['Ville', label('Ville ou commune'), 'contact'],
  ['Adresse électronique', label('Adresse électronique'), 'contact'],
  ['E-mail', label('E-mail'), 'contact'],
  ['Courriel', label('Courriel'), 'contact'],
  ['Téléphone', label('Numéro de téléphone Format attendu : (+33) 1 22 33 44 55'), 'contact'],
  ['DSFR username with e-mail hint', label('Identifiant Format attendu : nom@domaine.fr', { autocomplete: 'username', name: 'username' }), 'contact'],
  ['autocomplete street-address', { autocomplete: 'street-address' }, 'contact'],
  ['autocomplete postal-code', { autocomplete: 'postal-code' }, 'contact'],
  ['autocomplete address-line1', { autocomplete: 'address-line1' }, 'contact'],
  ['type=email, label Identifiant', label('Identifiant', { type: 'email' }), 'contact'],
  ['type=tel, no label', { type: 'tel' }, 'contact'],
  ['English phone', label('Phone'), 'contact'],
  ['English address', label('Address'), 'contact'],
  ['English email', label('Email'), 'contact'],
];

const NONE: Case[] = [
  ['Rechercher sur le site', label('Rechercher sur le site', { type: 'search' }), 'none'],
  ["Nombre d'enfants", label("Nombre d'enfants à charge"), 'none'],
  ['Se souvenir de moi', label('Se souvenir de moi', { type: 'checkbox', name: 'remember' }), 'none'],
  ['DSFR Afficher checkbox', label('Afficher le mot de passe', { type: 'checkbox', id: 'password-7720-show', classHints: ' fr-password__checkbox fr-password' }), 'none'],
  ['radio Oui without context', label('Oui', { type: 'radio' }), 'none'],
  ['CGU checkbox', label("J'accepte les conditions générales d'utilisation", { type: 'checkbox' }), 'none'],
  ['Identifiant', label('Identifiant'), 'none'],
  ["Nom d'utilisateur", label("Nom d'utilisateur"), 'none'],
  ['generated id only', { id: 'mat-input-2' }, 'none'],
  ['React useId', { id: ':r1:' }, 'none'],
  ['hash id that spells cp', { id: 'cp9f2a7' }, 'none'],
  ['Immatriculation du véhicule (ANTS)', label("Numéro d'immatriculation du véhicule"), 'none'],
  ['Date', label('Date de la demande', { type: 'date' }), 'none'],
  ['Objet du message', label('Objet de votre message', { tag: 'textarea', type: 'textarea' }), 'none'],
  ['1er janvier lower case', label('Situation au 1er janvier'), 'none'],
  ['Code promo is not an OTP', label('Code promo'), 'none'],
  ['Rechercher', { placeholder: 'Rechercher', type: 'search', name: 'search-784-input' }, 'none'],
];

// Hardening (issue 4): hints, framework attributes, reveal toggles, first-named wins, card context.
const HARDENED: Case[] = [
  ['revealed password: MUI toggle', { controls: 'toggle password visibility MuiIconButton-root', id: ':r5:' }, 'password'],
  ['revealed password: Angular "Hide password"', { controls: 'Hide password mdc-icon-button', id: 'mat-input-1' }, 'password'],
  ['revealed password: DSFR checkbox beside', { controls: 'Afficher le mot de passe' }, 'password'],
  ['revealed password: only an eye icon', { controls: 'append icon v-icon mdi mdi-eye', id: 'input-27' }, 'password'],
  ['eye icon does not beat a label', { accessibleName: 'Numéro fiscal', controls: 'mdi mdi-eye' }, 'tax-number'],
  ['formcontrolname motDePasse', { attributes: 'motDePasse', id: 'mat-input-7' }, 'password'],
  ['data-testid login-password', { attributes: 'login-password-input' }, 'password'],
  ['named by aria-describedby only', { hint: 'Saisissez le code reçu par SMS', inputmode: 'numeric', maxLength: 6 }, 'one-time-code'],
  ['numeric maxlength 6 + "code" nearby', { nearbyText: 'Un SMS avec un code a été envoyé.', inputmode: 'numeric', maxLength: 6 }, 'one-time-code'],
  ['Code à usage unique', label('Code à usage unique'), 'one-time-code'],
  ['Enter the 6 digit security code', label('Enter the 6 digit security code'), 'one-time-code'],
  ['Code de secours', label('Code de secours'), 'one-time-code'],
  ['Code PIN', label('Code PIN', { inputmode: 'numeric', maxLength: 4 }), 'password'],
  ['Réponse secrète', label('Réponse secrète'), 'password'],
  ['One-time password', label('One-time password'), 'one-time-code'],
  ['Mot de passe à usage unique', label('Mot de passe à usage unique'), 'one-time-code'],
  ['phone named before the code', label('Numéro de mobile pour recevoir le code par SMS', { type: 'tel' }), 'contact'],
  ['email whose hint speaks of a code', label('Adresse électronique', { hint: 'Un code de confirmation vous sera envoyé', type: 'text' }), 'contact'],
  ['autocomplete username vetoes a secret', label('Identifiant (mot de passe oublié ?)', { autocomplete: 'username' }), 'none'],
  ['nearby "identifiant et mot de passe" names a pair', { nearbyText: 'Saisissez votre identifiant et votre mot de passe.', name: 'login' }, 'none'],
  ['bare Code inside an address fieldset', label('Code', { legend: 'Adresse de livraison', maxLength: 6 }), 'contact'],
  ['security code beside a card', label('Security code', { hint: 'The 3 digits on the back of your card' }), 'bank'],
  ['Code de sécurité in a card fieldset', label('Code de sécurité', { legend: 'Carte bancaire' }), 'bank'],
  ['digit boxes in a NIR group', { maxLength: 1, groupSize: 13, legend: 'Numéro de sécurité sociale' }, 'social-security-number'],
  ['digit boxes in a birth-date group', { maxLength: 1, groupSize: 8, legend: 'Date de naissance' }, 'identity'],
  ['digit boxes in a code group (courriel)', { maxLength: 1, groupSize: 6, legend: 'Code reçu par courriel' }, 'one-time-code'],
  ['autocomplete cc-number', { autocomplete: 'section-pay billing cc-number' }, 'bank'],
  ['Braintree hosted cvv', { attributes: 'cvv' }, 'bank'],
  ['ID card number is not a bank card', label('ID card number'), 'identity-document'],
  ['Numéro de carte (payment)', label('Numéro de carte'), 'bank'],
  ['Numéro de la carte Vitale', label('N° de la carte Vitale'), 'social-security-number'],
  ['National Insurance number', label('What is your National Insurance number?'), 'social-security-number'],
  ["Numéro d'inscription au répertoire", label("Numéro d'inscription au répertoire (NIR)"), 'social-security-number'],
  ["Numéro d'assuré social", label("Numéro d'assuré social"), 'social-security-number'],
  ["Référence de l'avis d'impôt", label("Référence de l'avis d'impôt"), 'tax-number'],
  ['Taxpayer Identification Number', label('Taxpayer Identification Number (TIN)'), 'tax-number'],
  ['Numéro de la pièce', label('Numéro de la pièce'), 'identity-document'],
  ["Driver's license number", label("Driver's license number"), 'identity-document'],
  ['Residence permit number', label('Residence permit number'), 'foreigner-number'],
  ['Sort code', label('Sort code', { inputmode: 'numeric' }), 'bank'],
  ['Name on the account', label('Name on the account', { autocomplete: 'name' }), 'bank'],
  ['Titulaire du compte', label('Titulaire du compte'), 'bank'],
  ['Nom de la banque', label('Nom de la banque'), 'bank'],
  ['hint about an avis does not make a tax number', label('Montant des revenus', { hint: "Tel qu'indiqué sur votre avis d'imposition" }), 'income'],
  ['radio answer follows its question', { type: 'radio', accessibleName: 'Bail ou quittance de loyer', legend: 'Type de document' }, 'none'],
  ['upload of a document: only identifiers count', label('Justificatif de domicile', { type: 'file' }), 'none'],
  ['upload of an identity card', label("Copie de votre carte d'identité", { type: 'file' }), 'identity-document'],
  ['Afficher checkbox with impots id', label('Afficher le mot de passe', { type: 'checkbox', id: 'pwd-impots-show' }), 'none'],
  ['DSFR disabled example names', label('Libellé case à cocher', { type: 'checkbox', name: 'checkbox-disabled-1' }), 'none'],
  ['Code INSEE', label('Code INSEE'), 'none'],
  ['Code ROME', label('Code ROME du métier'), 'none'],
  ['captcha', label("Recopiez les caractères de l'image", { name: 'captcha', maxLength: 6 }), 'none'],
  ["Code d'accès de l'immeuble", label("Code d'accès de l'immeuble"), 'contact'],
  ['ids do not join into phrases', label("Date d'expiration de votre titre", { type: 'date', name: 'dateExpiration', id: 'dateExp' }), 'none'],
  ['Username (Bootstrap)', label('Username', { placeholder: 'Username' }), 'none'],
  ['Company name', label('Company name', { autocomplete: 'organization' }), 'none'],
  ['DSFR consent radio: "Nom de la finalité" is not a name', { type: 'radio', accessibleName: 'Accepter', legend: 'Nom de la finalité' }, 'none'],
];

// Generalising (issue 12): surroundings, group questions, signals that disagree, completed words.
const GENERAL: Case[] = [
  ['digit boxes whose id says email', { id: 'email-code-3', maxLength: 1, groupSize: 6, inputmode: 'numeric' }, 'one-time-code'],
  ['unnamed box under "Your second factor is required"', { nearbyText: 'Your second factor is required to complete login.', id: 'key', maxLength: 6 }, 'one-time-code'],
  ['unnamed box: heading "Validation en deux étapes", instruction about the phone', { nearbyText: 'Un message a été envoyé sur votre portable.', context: 'Un message a été envoyé sur votre portable. — Validation en deux étapes', maxLength: 8 }, 'one-time-code'],
  ['unnamed phone box under a 2FA heading stays a phone', { nearbyText: 'Votre numéro de portable', context: 'Votre numéro de portable — Validation en deux étapes', type: 'tel', maxLength: 10 }, 'contact'],
  ['a heading never makes a password', { name: 'courriel', context: 'Mot de passe oublié ?' }, 'contact'],
  ['unnamed field under a bank heading', { name: 'f_12', context: 'Coordonnées bancaires' }, 'bank'],
  ['label "Insérer le code à 2 mots", name says email', label('Insérer le code à 2 mots', { name: 'official_contact_email_verification_token' }), 'one-time-code'],
  ['type=password labelled as a verification code', label('Enter your 6-digit verification code', { type: 'password', maxLength: 6 }), 'one-time-code'],
  ['visible label beats an unless in the name', label("Nom de famille d'usage", { name: 'preferred_username', id: 'preferred_username' }), 'identity'],
  ['visible label beats an OTP name', label('Adresse e-mail', { name: 'otp_mail' }), 'contact'],
  ['radio: question before the group (health)', label('Oui', { type: 'radio', question: 'Le salarié est-il reconnu travailleur handicapé ?' }), 'health'],
  ['radio: question before the group (inaptitude)', label('Non', { type: 'radio', question: "Le licenciement est-il dû à une inaptitude ?" }), 'health'],
  ['radio: option text about money, question about the form', label('En indiquant le montant total des rémunérations.', { type: 'radio', question: 'Comment souhaitez-vous indiquer la rémunération perçue ?' }), 'none'],
  ['radio: "force majeure" is no age', label('Oui', { type: 'radio', question: 'Le contrat a-t-il été rompu pour faute grave ou cas de force majeure ?' }), 'none'],
  ['checkbox group: question about benefits', label('Autre', { type: 'checkbox', question: 'Quelles aides percevez-vous ?' }), 'income'],
  ['lone checkbox stating an age', label('I am 13 years of age or older and agree to the terms', { type: 'checkbox' }), 'identity'],
  ['Âge', label('Votre âge', { type: 'number' }), 'identity'],
  ['Taux d\'incapacité', label("Taux d'incapacité reconnu par la MDPH"), 'health'],
  ['Délai de prescription is legal, not medical', label('Délai de prescription'), 'none'],
  ['Ordonnance du juge', label("Date de l'ordonnance du juge", { type: 'date' }), 'none'],
  ['bare "Code" whose name says postal code: no secret', label('Code', { name: 'codePostal', maxLength: 5 }), 'contact'],
  ['bare "Code" whose name says digicode: no secret', label('Code', { name: 'digicode' }), 'contact'],
  ['birth date in digit boxes, named only by attributes', { name: 'dob-3', maxLength: 1, groupSize: 8 }, 'identity'],
];

const ALL: Case[] = [...PASSWORDS, ...CODES, ...IDENTIFIERS, ...BANK, ...PERSONAL, ...NONE, ...HARDENED, ...GENERAL];

describe('classifyField', () => {
  it('has a large table', () => expect(ALL.length).toBeGreaterThanOrEqual(190));
  it.each(ALL)('%s', (_title, partial, expected) => {
    expect(classifyField(field(partial))).toBe(expected);
  });
});

describe('helpers', () => {
  it('folds accents, case and abbreviations', () => {
    expect(fold('N° de Sécu')).toBe(' numero de secu ');
    expect(fold('no. fiscal')).toBe(' numero fiscal ');
    expect(fold("Numéro d’accès")).toBe(' numero d acces ');
  });
  it('recognises generated ids', () => {
    for (const id of ['input-35', 'mat-input-2', ':r1:', '«r3»', 'v-text-field-12', 'a1b2c3d4', '0f8fad5b-d9cb-469f-a165-70867728950e']) {
      expect(isGeneratedId(id), id).toBe(true);
    }
    for (const id of ['nir', 'password-7720-input', 'numOTP1', 'codePostal']) expect(isGeneratedId(id), id).toBe(false);
  });
  it('splits identifiers into words', () => {
    expect(attributeTokens('numOTP1').trim()).toBe('num OTP 1');
    expect(attributeTokens('date_naissance').trim()).toBe('date naissance');
    expect(attributeTokens('input-35')).toBe('');
  });
});

describe('rules travel as data (privacy.rules)', () => {
  it('a RuleSet serialised and compiled again classifies the whole table the same way', async () => {
    const { RULE_SET } = await import('./classify-rules');
    const { compileRules, serializeRules } = await import('./rule-set');
    const { createClassifier } = await import('./classifier');
    const wire = JSON.parse(JSON.stringify(serializeRules(RULE_SET)));
    const again = createClassifier(compileRules(wire));
    for (const [title, partial, expected] of ALL) expect([title, again(field(partial))]).toEqual([title, expected]);
  });
  it('refuses a rule set with a missing pattern', async () => {
    const { RULE_SET } = await import('./classify-rules');
    const { compileRules, serializeRules } = await import('./rule-set');
    const wire = serializeRules(RULE_SET);
    delete (wire.patterns as Record<string, unknown>).hintMarker;
    expect(() => compileRules(wire)).toThrow(/hintMarker/);
  });
});
