/**
 * Word lists for the look-alike check (core/portals/lookalike.ts). Data, not logic: edit
 * here when a new scam pattern or a new false alarm is reported, and add the case to
 * lookalike.test.ts.
 */

/**
 * Brand words of official bodies, with the portal id they imitate (null: a body that is
 * not a portal of the registry, e.g. ANTAI for fines).
 *
 * `strong`: a word nobody uses for anything else — any label built with it is suspect
 * (`ameli-frconnect`, `votreameli24`).
 * `weak`: also an ordinary word or another organisation's name (caf' conc', MSA Safety,
 * "énergie vitale", "impôts" in a tax-help blog): suspect only when every other word of
 * the label is scam vocabulary (`caf-aide`, `carte-vitale-renouvellement`), or when it
 * stands alone on a .fr domain (`impots.fr`).
 */
export const BRAND_WORDS: Record<string, { portal: string | null; strength: 'strong' | 'weak' }> = {
  ameli: { portal: 'ameli', strength: 'strong' },
  assurancemaladie: { portal: 'ameli', strength: 'weak' },
  vitale: { portal: 'ameli', strength: 'weak' },
  caf: { portal: 'caf', strength: 'weak' },
  allocationsfamiliales: { portal: 'caf', strength: 'weak' },
  impots: { portal: 'impots', strength: 'weak' },
  impot: { portal: 'impots', strength: 'weak' },
  dgfip: { portal: 'impots', strength: 'strong' },
  francetravail: { portal: 'francetravail', strength: 'strong' },
  poleemploi: { portal: 'francetravail', strength: 'strong' },
  ants: { portal: 'ants', strength: 'weak' },
  francetitres: { portal: 'ants', strength: 'weak' },
  anef: { portal: 'anef', strength: 'weak' },
  msa: { portal: 'msa', strength: 'weak' },
  servicepublic: { portal: 'service-public', strength: 'weak' },
  franceconnect: { portal: 'franceconnect', strength: 'strong' },
  lassuranceretraite: { portal: 'retraite', strength: 'strong' },
  inforetraite: { portal: 'retraite', strength: 'weak' },
  mesdroitssociaux: { portal: 'mesdroitssociaux', strength: 'strong' },
  urssaf: { portal: 'urssaf', strength: 'strong' },
  cpf: { portal: 'moncompteformation', strength: 'weak' },
  moncompteformation: { portal: 'moncompteformation', strength: 'strong' },
  monespacesante: { portal: 'monespacesante', strength: 'weak' },
  maprimerenov: { portal: 'maprimerenov', strength: 'strong' },
  aidantsconnect: { portal: 'aidantsconnect', strength: 'strong' },
  demarchessimplifiees: { portal: 'demarche-numerique', strength: 'strong' },
  antai: { portal: null, strength: 'strong' },
  amendes: { portal: null, strength: 'weak' },
  amende: { portal: null, strength: 'weak' },
  franceidentite: { portal: null, strength: 'strong' },
  '1jeune1solution': { portal: '1jeune1solution', strength: 'strong' },
};

/** The State's own marker; outside the real `gouv.fr` suffix it is a lie. */
export const GOUV_WORDS = ['gouv', 'gouvfr', 'gov'];

/**
 * Words scam hosts glue around a brand ("mon-ameli-remboursement", "caf-aide-en-ligne").
 * Ordinary enough that a label made only of them is not suspect by itself. Words of one or
 * two letters count only between hyphens (`de-caf` is glue, `decaf` is coffee), except `fr`.
 */
export const SCAM_VOCABULARY = [
  'fr', 'france', 'mon', 'mes', 'ma', 'votre', 'vos', 'le', 'la', 'les', 'de', 'du', 'des', 'en', 'et', 'www', 'my',
  'espace', 'compte', 'comptes', 'acces', 'connect', 'connexion', 'login', 'auth', 'id', 'sso', 'portail', 'portal',
  'assure', 'assures', 'assurance', 'maladie', 'sante', 'securite', 'secure', 'securise', 'service', 'services',
  'info', 'infos', 'information', 'online', 'ligne', 'web', 'net', 'site', 'officiel', 'official', 'app', 'mobile',
  'client', 'clients', 'particulier', 'particuliers', 'pro', 'aide', 'aides', 'allocation', 'allocations', 'prime',
  'remboursement', 'remboursements', 'rembourse', 'paiement', 'payer', 'carte', 'grise', 'titre', 'titres',
  'permis', 'passeport', 'identite', 'immatriculation', 'dossier', 'dossiers', 'demande', 'demarche', 'demarches',
  'suivi', 'gestion', 'verification', 'verif', 'validation', 'confirmation', 'update', 'maj', 'renouvellement',
  'renouveler', 'nouvelle', 'expiration', 'support', 'contact', 'direct', 'avis', 'declaration',
  'formation', 'emploi', 'travail', 'retraite', 'public', 'publique', 'centre', 'agence', 'caisse', 'urgent', 'alerte',
];

/**
 * Ordinary words and names one typo away from an official label, seen as real sites.
 * `amelie` is a first name, `imports` an English word: not flagged for edit distance.
 */
export const NEAR_MISS_WORDS = ['amelie', 'amelia', 'amel', 'imports', 'import', 'francetravaux', 'francetravel', 'servicespublics'];

/**
 * Official or semi-official sites with a brand word that are not portals of the registry
 * (institutional sites of the same bodies). Never flagged; the popup says "not on the list".
 */
export const RELATED_OFFICIAL_DOMAINS = ['francetravail.org', 'pole-emploi.org', 'urssaf.org', 'sesam-vitale.fr'];

/** Government domains outside France that use "gouv" legitimately (not public suffixes). */
export const FOREIGN_GOUV_DOMAINS = ['gouv.qc.ca', 'gouv.nc', 'gouv.mc'];

/**
 * Parents shared by many unrelated official sites: their labels say nothing about one
 * portal, so they are not compared by edit distance.
 */
export const SHARED_PARENTS = ['gouv.fr', 'interieur.gouv.fr', 'beta.gouv.fr', 'numerique.gouv.fr', 'laposte.fr'];
