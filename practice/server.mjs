// Practice portals: a local HTTPS server that serves SIMULATIONS of French public-service
// portal pages under their real hostnames (routing by the Host header). Used by the demo and
// by the end-to-end tests in real Chromium, which is started with chromiumHostArgs(port) so
// that every hostname resolves to this server and nothing reaches the internet.
//
// Plain ESM, Node built-ins only. The server keeps NO state about typed values: form
// submissions are drained without being read and answered with a 303 redirect. Request
// bodies and query strings are never logged.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PRACTICE_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(PRACTICE_DIR, '..');
const SITES_DIR = path.join(PRACTICE_DIR, 'sites');
const ASSETS_DIR = path.join(PRACTICE_DIR, 'assets');

export const PRACTICE_HOME_HOST = 'entrainement.cote-a-cote.test';

export const PRACTICE_HOSTS = [
  PRACTICE_HOME_HOST,
  'app.franceconnect.gouv.fr',
  'idp.impots.gouv.fr',
  'www.caf.fr',
  'www.ameli.fr',
  'assure.ameli.fr',
  'www.impots.gouv.fr',
  'cfspart.impots.gouv.fr',
  'www.francetravail.fr',
  'candidat.francetravail.fr',
  'ants.gouv.fr',
  'passeport.ants.gouv.fr',
  'www.site-non-officiel.test',
  'ameli-frconnect.fr',
  'www.service-public.gouv.fr',
];

/**
 * Every page a test should visit, in flow order. `path` may carry a query string.
 * `title` is the exact document title. `portal` is franceconnect | caf | ameli | impots |
 * francetravail | ants, or null (home / unofficial). `autoRedirect: true` marks the
 * FranceConnect return page, which leaves by itself after ~300 ms.
 */
export const PRACTICE_PAGES = [
  { host: PRACTICE_HOME_HOST, path: '/', title: "Portails d'entraînement Côte à côte", portal: null, flow: 'accueil' },

  { host: 'app.franceconnect.gouv.fr', path: '/choix-fournisseur?retour=www.caf.fr', title: 'Choisir un compte pour vous connecter - FranceConnect', portal: 'franceconnect', flow: 'franceconnect' },
  { host: 'idp.impots.gouv.fr', path: '/connexion?retour=www.caf.fr', title: 'Connexion avec FranceConnect - impots.gouv.fr', portal: 'impots', flow: 'franceconnect' },
  { host: 'app.franceconnect.gouv.fr', path: '/retour?retour=www.caf.fr', title: 'Connexion en cours - FranceConnect', portal: 'franceconnect', flow: 'franceconnect', autoRedirect: true },

  { host: 'www.caf.fr', path: '/', title: 'Accueil - caf.fr', portal: 'caf', flow: 'caf' },
  { host: 'www.caf.fr', path: '/connexion', title: 'Connexion à Mon Compte - caf.fr', portal: 'caf', flow: 'caf' },
  { host: 'www.caf.fr', path: '/connexion/code', title: 'Code de sécurité - Mon Compte - caf.fr', portal: 'caf', flow: 'caf' },
  { host: 'www.caf.fr', path: '/espace', title: 'Mon espace - Mon Compte - caf.fr', portal: 'caf', flow: 'caf' },
  { host: 'www.caf.fr', path: '/espace/declaration-trimestrielle', title: 'Déclaration trimestrielle de ressources - Mon Compte - caf.fr', portal: 'caf', flow: 'caf' },
  { host: 'www.caf.fr', path: '/espace/declaration-trimestrielle/confirmation', title: 'Déclaration enregistrée - Mon Compte - caf.fr', portal: 'caf', flow: 'caf' },
  { host: 'www.caf.fr', path: '/espace/envoyer-document', title: 'Envoyer un document - Mon Compte - caf.fr', portal: 'caf', flow: 'caf' },
  { host: 'www.caf.fr', path: '/espace/envoyer-document/confirmation', title: 'Document envoyé - Mon Compte - caf.fr', portal: 'caf', flow: 'caf' },

  { host: 'www.ameli.fr', path: '/', title: "ameli, le site de l'Assurance Maladie en ligne", portal: 'ameli', flow: 'ameli' },
  { host: 'assure.ameli.fr', path: '/connexion', title: 'Connexion à mon compte ameli', portal: 'ameli', flow: 'ameli' },
  { host: 'assure.ameli.fr', path: '/connexion/code', title: 'Code de sécurité - compte ameli', portal: 'ameli', flow: 'ameli' },
  { host: 'assure.ameli.fr', path: '/compte', title: 'Mon compte ameli - Accueil', portal: 'ameli', flow: 'ameli' },
  { host: 'assure.ameli.fr', path: '/compte/attestation-droits', title: 'Attestation de droits - compte ameli', portal: 'ameli', flow: 'ameli' },

  { host: 'www.impots.gouv.fr', path: '/', title: 'Accueil | impots.gouv.fr', portal: 'impots', flow: 'impots' },
  { host: 'cfspart.impots.gouv.fr', path: '/connexion', title: 'Connexion à mon espace particulier | impots.gouv.fr', portal: 'impots', flow: 'impots' },
  { host: 'cfspart.impots.gouv.fr', path: '/connexion/mot-de-passe', title: 'Mot de passe - Connexion à mon espace particulier | impots.gouv.fr', portal: 'impots', flow: 'impots' },
  { host: 'cfspart.impots.gouv.fr', path: '/espace', title: 'Mon espace particulier | impots.gouv.fr', portal: 'impots', flow: 'impots' },
  { host: 'cfspart.impots.gouv.fr', path: '/declaration', title: 'Déclarer mes revenus | impots.gouv.fr', portal: 'impots', flow: 'impots' },
  { host: 'cfspart.impots.gouv.fr', path: '/declaration/confirmation', title: 'Déclaration signée | impots.gouv.fr', portal: 'impots', flow: 'impots' },

  { host: 'www.francetravail.fr', path: '/', title: 'Accueil | France Travail', portal: 'francetravail', flow: 'francetravail' },
  { host: 'candidat.francetravail.fr', path: '/connexion', title: 'Se connecter - Espace candidat | France Travail', portal: 'francetravail', flow: 'francetravail' },
  { host: 'candidat.francetravail.fr', path: '/actualisation', title: "M'actualiser - Espace candidat | France Travail", portal: 'francetravail', flow: 'francetravail' },
  { host: 'candidat.francetravail.fr', path: '/actualisation/confirmation', title: 'Actualisation enregistrée - Espace candidat | France Travail', portal: 'francetravail', flow: 'francetravail' },

  { host: 'ants.gouv.fr', path: '/', title: 'Accueil - France Titres (ANTS)', portal: 'ants', flow: 'ants' },
  { host: 'passeport.ants.gouv.fr', path: '/demarches/carte-identite', title: "Pré-demande de carte d'identité - France Titres (ANTS)", portal: 'ants', flow: 'ants' },
  { host: 'passeport.ants.gouv.fr', path: '/demarches/carte-identite/confirmation', title: 'Pré-demande enregistrée - France Titres (ANTS)', portal: 'ants', flow: 'ants' },

  // Real administrative prose (service-public.fr fact sheets, Licence Ouverte) for the glossary.
  { host: 'www.service-public.gouv.fr', path: '/particuliers/vosdroits/F19778', title: 'RSA demandeur de 25 ans et plus | Service Public', portal: 'service-public', flow: 'service-public' },
  { host: 'www.service-public.gouv.fr', path: '/particuliers/vosdroits/F2882', title: "Prime d'activité : salarié ou fonctionnaire | Service Public", portal: 'service-public', flow: 'service-public' },
  { host: 'www.service-public.gouv.fr', path: '/particuliers/vosdroits/F12006', title: 'Aide personnalisée au logement (APL) | Service Public', portal: 'service-public', flow: 'service-public' },

  { host: 'www.site-non-officiel.test', path: '/', title: 'La Lettre du quartier - inscription', portal: null, flow: 'non-officiel' },
  { host: 'www.site-non-officiel.test', path: '/merci', title: 'Merci - La Lettre du quartier', portal: null, flow: 'non-officiel' },
  { host: 'ameli-frconnect.fr', path: '/', title: 'ameli - Renouvellement de votre carte Vitale', portal: null, flow: 'hameconnage' },
  { host: 'ameli-frconnect.fr', path: '/verification', title: "Simulation d'arnaque - ameli-frconnect.fr", portal: null, flow: 'hameconnage' },
];

export function chromiumHostArgs(port) {
  return [`--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`, '--ignore-certificate-errors'];
}

// Where the FranceConnect return page sends the person back, by caller host (whitelist:
// `retour` never becomes an arbitrary URL).
const FRANCECONNECT_RETURN = {
  'www.caf.fr': 'https://www.caf.fr/espace',
  'assure.ameli.fr': 'https://assure.ameli.fr/compte',
  'cfspart.impots.gouv.fr': 'https://cfspart.impots.gouv.fr/espace',
  'candidat.francetravail.fr': 'https://candidat.francetravail.fr/actualisation',
  'passeport.ants.gouv.fr': 'https://passeport.ants.gouv.fr/demarches/carte-identite',
};

// ---------------------------------------------------------------------------------------
// Layout (header/footer per body). Page files are HTML fragments whose first line is
// `<!--practice {"title": "...", "layout": "caf", "next": "/path"} -->`; layout "plain"
// means the file brings its own <style> and no DSFR header; "full" means a whole document.

const BANNER =
  `<div class="practice-banner" role="note">Site d'entraînement — simulation. Les personnes et les numéros sont inventés.</div>`;

const BRANDS = {
  franceconnect: {
    logo: 'République<br>Française',
    service: 'FranceConnect',
    tagline: "L'identité numérique de l'État",
    home: 'https://app.franceconnect.gouv.fr/choix-fournisseur',
    tools: [],
    footer: "FranceConnect est la solution proposée par l'État pour sécuriser et simplifier la connexion à plus de 1 400 services en ligne.",
  },
  caf: {
    logo: 'République<br>Française',
    service: 'caf.fr',
    tagline: "Caisse d'allocations familiales",
    home: 'https://www.caf.fr/',
    tools: [
      { href: 'https://www.caf.fr/contact', cls: 'fr-btn--team', text: 'Contacter ma Caf' },
      { href: 'https://www.caf.fr/connexion', cls: 'fr-btn--account', text: 'Mon Compte' },
    ],
    nav: [
      ['https://www.caf.fr/', 'Accueil'],
      ['https://www.caf.fr/espace', 'Mon espace'],
      ['https://www.caf.fr/espace/declaration-trimestrielle', 'Déclarer mes ressources'],
      ['https://www.caf.fr/espace/envoyer-document', 'Envoyer un document'],
    ],
    footer: "La branche Famille de la Sécurité sociale verse les prestations familiales et sociales : allocations familiales, aides au logement, RSA, prime d'activité…",
  },
  ameli: {
    logo: 'République<br>Française',
    service: 'ameli.fr',
    tagline: "L'Assurance Maladie",
    home: 'https://www.ameli.fr/',
    tools: [
      { href: 'https://assure.ameli.fr/connexion', cls: 'fr-btn--account', text: 'Mon compte ameli' },
    ],
    footer: "L'Assurance Maladie protège durablement la santé de chacun. Téléphone : 3646 (service gratuit + prix d'un appel).",
  },
  impots: {
    logo: 'République<br>Française',
    service: 'impots.gouv.fr',
    tagline: 'Direction générale des Finances publiques',
    home: 'https://www.impots.gouv.fr/',
    tools: [
      { href: 'https://www.impots.gouv.fr/contact', cls: 'fr-btn--team', text: 'Contact' },
      { href: 'https://cfspart.impots.gouv.fr/connexion', cls: 'fr-btn--account', text: 'Votre espace particulier' },
    ],
    footer: 'Le site officiel de la DGFiP : déclarer, payer, gérer vos impôts en ligne.',
  },
  francetravail: {
    logo: 'République<br>Française',
    service: 'France Travail',
    tagline: 'Emploi, formation, accompagnement',
    home: 'https://www.francetravail.fr/',
    tools: [
      { href: 'https://candidat.francetravail.fr/connexion', cls: 'fr-btn--account', text: 'Espace candidat' },
      { href: 'https://www.francetravail.fr/recruteur', cls: 'fr-btn--briefcase', text: 'Espace recruteur' },
    ],
    footer: 'France Travail accompagne les personnes en recherche d’emploi. Téléphone : 3949 (service gratuit + prix d’un appel).',
  },
  ants: {
    logo: 'République<br>Française',
    service: 'France Titres',
    tagline: 'Agence nationale des titres sécurisés (ANTS)',
    home: 'https://ants.gouv.fr/',
    tools: [
      { href: 'https://passeport.ants.gouv.fr/demarches/carte-identite', cls: 'fr-btn--account', text: 'Mon espace' },
    ],
    footer: "Les démarches de titres (carte d'identité, passeport, permis de conduire, certificat d'immatriculation) sont gratuites sur les sites officiels.",
  },
  servicepublic: {
    logo: 'République<br>Française',
    service: 'Service Public',
    tagline: "Le site officiel de l'administration française",
    home: 'https://www.service-public.gouv.fr/',
    tools: [{ href: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F19778', cls: 'fr-btn--account', text: 'Mon espace' }],
    nav: [
      ['https://www.service-public.gouv.fr/particuliers/vosdroits/F19778', 'Particuliers'],
      ['https://www.service-public.gouv.fr/particuliers/vosdroits/F2882', 'Social - Santé'],
      ['https://www.service-public.gouv.fr/particuliers/vosdroits/F12006', 'Logement'],
    ],
    footer: "Service-Public.fr, le site officiel de l'administration française : vos droits et démarches.",
  },
};

function dsfrHead(title, extraHead = '') {
  return `<!doctype html>
<html lang="fr" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no">
<title>${title}</title>
<meta name="theme-color" content="#000091">
<link rel="icon" href="/dsfr/favicon/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/dsfr/dsfr.min.css">
<link rel="stylesheet" href="/dsfr/utility/utility.min.css">
<link rel="stylesheet" href="/practice-assets/practice.css">
${extraHead}</head>`;
}

function dsfrHeader(brand) {
  const tools = brand.tools
    .map((t) => `<li><a href="${t.href}" class="${t.cls} fr-btn">${t.text}</a></li>`)
    .join('\n');
  const nav = brand.nav
    ? `<nav class="fr-nav" id="navigation-principale" role="navigation" aria-label="Menu principal">
<ul class="fr-nav__list">
${brand.nav.map(([href, text]) => `<li class="fr-nav__item"><a class="fr-nav__link" href="${href}" target="_self">${text}</a></li>`).join('\n')}
</ul>
</nav>`
    : '';
  return `<header role="banner" class="fr-header">
<div class="fr-header__body">
<div class="fr-container">
<div class="fr-header__body-row">
<div class="fr-header__brand fr-enlarge-link">
<div class="fr-header__brand-top">
<div class="fr-header__logo"><p class="fr-logo">${brand.logo}</p></div>
<div class="fr-header__navbar">
<button data-fr-opened="false" aria-controls="menu-principal" title="Menu" type="button" id="bouton-menu" class="fr-btn--menu fr-btn">Menu</button>
</div>
</div>
<div class="fr-header__service">
<a href="${brand.home}" title="Accueil - ${brand.service}"><p class="fr-header__service-title">${brand.service}</p></a>
<p class="fr-header__service-tagline">${brand.tagline}</p>
</div>
</div>
<div class="fr-header__tools">
<div class="fr-header__tools-links">
<ul class="fr-btns-group">
${tools}
</ul>
</div>
</div>
</div>
</div>
</div>
<div class="fr-header__menu fr-modal" id="menu-principal" aria-labelledby="bouton-menu">
<div class="fr-container">
<button aria-controls="menu-principal" title="Fermer" type="button" id="bouton-fermer-menu" class="fr-btn--close fr-btn">Fermer</button>
<div class="fr-header__menu-links"></div>
${nav}
</div>
</div>
</header>`;
}

function dsfrFooter(brand) {
  return `<footer class="fr-footer fr-mt-10v" role="contentinfo" id="pied-de-page">
<div class="fr-container">
<div class="fr-footer__body">
<div class="fr-footer__brand fr-enlarge-link">
<a href="${brand.home}" title="Retour à l’accueil du site - ${brand.service}"><p class="fr-logo">${brand.logo}</p></a>
</div>
<div class="fr-footer__content">
<p class="fr-footer__content-desc">${brand.footer}</p>
<ul class="fr-footer__content-list">
<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.service-public.gouv.fr/">service-public.gouv.fr</a></li>
<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.info.gouv.fr/">info.gouv.fr</a></li>
</ul>
</div>
</div>
<div class="fr-footer__bottom">
<ul class="fr-footer__bottom-list">
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#pied-de-page">Accessibilité : partiellement conforme</a></li>
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#pied-de-page">Mentions légales</a></li>
<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#pied-de-page">Données personnelles</a></li>
</ul>
<div class="fr-footer__bottom-copy"><p>Site d'entraînement : simulation locale, aucune donnée n'est transmise à un organisme.</p></div>
</div>
</div>
</footer>`;
}

const DSFR_SCRIPTS = `<script type="module" src="/dsfr/dsfr.module.min.js"></script>
<script nomodule src="/dsfr/dsfr.nomodule.min.js"></script>`;

function renderPage(meta, body) {
  if (meta.layout === 'full') {
    // A whole document: only the banner is inserted, right after <body ...>.
    return body.replace(/<body([^>]*)>/, (m) => `${m}\n${BANNER}`);
  }
  if (meta.layout === 'plain') {
    return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title}</title>
<link rel="stylesheet" href="/practice-assets/practice.css">
${meta.head ?? ''}
</head>
<body>
${BANNER}
${body}
</body>
</html>
`;
  }
  const brand = BRANDS[meta.layout];
  if (!brand) throw new Error(`unknown layout ${meta.layout}`);
  const extraHead = meta.css ? `<link rel="stylesheet" href="/practice-assets/${meta.css}">\n` : '';
  return `${dsfrHead(meta.title, extraHead)}
<body>
${BANNER}
<div class="fr-skiplinks">
<nav class="fr-container" role="navigation" aria-label="Accès rapide">
<ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#pied-de-page">Pied de page</a></li></ul>
</nav>
</div>
${dsfrHeader(brand)}
<main role="main" id="contenu">
${body}
</main>
${dsfrFooter(brand)}
${DSFR_SCRIPTS}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------
// Files

function dsfrDistDir() {
  try {
    const require = createRequire(path.join(REPO_ROOT, 'package.json'));
    return path.join(path.dirname(require.resolve('@gouvfr/dsfr/package.json')), 'dist');
  } catch {
    return path.join(REPO_ROOT, 'node_modules', '@gouvfr', 'dsfr', 'dist');
  }
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** Resolve `rel` inside `root`, or null when it escapes it / does not exist as a file. */
function safeFile(root, rel) {
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

function pageFileFor(host, pathname) {
  const root = path.join(SITES_DIR, host);
  const clean = pathname.replace(/\/+$/, '');
  if (clean === '') return safeFile(root, 'index.html');
  return safeFile(root, clean + '.html') ?? safeFile(root, clean + '/index.html');
}

function parsePage(text) {
  const m = /^<!--practice\s+(\{[\s\S]*?\})\s*-->\s*\n?/.exec(text);
  if (!m) throw new Error('page file without <!--practice {...} --> header');
  return { meta: JSON.parse(m[1]), body: text.slice(m[0].length) };
}

function fill(text, vars) {
  return text.replace(/\{\{(\w+)\}\}/g, (all, k) => (k in vars ? vars[k] : all));
}

// A tiny valid one-page PDF, written by hand (offsets computed so the xref is exact).
function attestationPdf() {
  const content =
    'BT /F1 20 Tf 72 760 Td (Attestation de droits \\227 SIMULATION) Tj ET\n' +
    'BT /F1 12 Tf 72 730 Td (Camille Exemple - NIR 2 85 05 75 999 999 - personne inventee) Tj ET\n' +
    'BT /F1 12 Tf 72 712 Td (Document de site d\'entrainement, sans aucune valeur.) Tj ET\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`,
  ];
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function makeCertificate() {
  const dir = mkdtempSync(path.join(tmpdir(), 'cote-a-cote-practice-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const names = new Set();
  for (const h of PRACTICE_HOSTS) {
    names.add(h);
    const parts = h.split('.');
    if (parts.length > 2) names.add('*.' + parts.slice(1).join('.'));
  }
  const san = [...names].map((n) => `DNS:${n}`).join(',');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=practice',
        '-addext', `subjectAltName=${san}`, '-keyout', key, '-out', cert],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    if (err.code === 'ENOENT') {
      throw new Error("practice server: the 'openssl' command is missing; install it (apt-get install openssl).");
    }
    throw new Error(`practice server: openssl failed to make a certificate: ${err.stderr ?? err.message}`);
  }
  const pems = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  return pems;
}

// ---------------------------------------------------------------------------------------
// Server

function notFoundPage(reason) {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Page introuvable - site d'entraînement</title>
<link rel="stylesheet" href="/practice-assets/practice.css"></head>
<body>${BANNER}
<main class="practice-plain"><h1>Page introuvable</h1><p>${reason}</p>
<p><a href="https://${PRACTICE_HOME_HOST}/">Retour aux portails d'entraînement</a></p></main>
</body></html>
`;
}

/**
 * Start the practice server.
 * @param {{ port?: number, host?: string, log?: (line: string) => void }} [options]
 *   `log` receives "METHOD host path STATUS" lines (never query strings nor bodies).
 */
export async function startPracticeServer({ port = 0, host = '127.0.0.1', log } = {}) {
  const { key, cert } = makeCertificate();
  const dsfrDir = dsfrDistDir();
  const pdf = attestationPdf();
  const hosts = new Set(PRACTICE_HOSTS);

  const server = createServer({ key, cert }, (req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      log?.(`${req.method} ${hostname} ${pathname} ${status}`);
    };
    const hostname = String(req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
    let url;
    try {
      url = new URL(req.url ?? '/', `https://${hostname || 'invalid'}`);
    } catch {
      url = new URL('https://invalid/');
    }
    const pathname = url.pathname;
    const html = { 'Content-Type': MIME['.html'], 'Cache-Control': 'no-store' };
    // Bodies are never read: drain and discard.
    req.resume();

    handle().catch((err) => {
      if (!res.headersSent) send(500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Erreur interne du site d’entraînement.\n');
      log?.(`error ${err.message}`);
    });

    async function handle() {
      if (!hosts.has(hostname)) {
        return send(404, html, notFoundPage(`Ce nom de site n'existe pas dans les portails d'entraînement.`));
      }
      if (pathname.startsWith('/dsfr/')) return sendFile(dsfrDir, pathname.slice('/dsfr/'.length), true);
      if (pathname.startsWith('/practice-assets/')) return sendFile(ASSETS_DIR, pathname.slice('/practice-assets/'.length), false);
      if (pathname === '/favicon.ico') return sendFile(dsfrDir, 'favicon/favicon.ico', true);
      if (hostname === 'assure.ameli.fr' && pathname === '/compte/attestation-droits.pdf') {
        return send(200, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': 'attachment; filename="attestation-droits.pdf"',
          'Content-Length': pdf.length,
          'Cache-Control': 'no-store',
        }, pdf);
      }
      const file = pageFileFor(hostname, pathname);
      if (!file) return send(404, html, notFoundPage(`Cette page n'existe pas sur ${hostname} (simulation).`));
      const { meta, body } = parsePage(await readFile(file, 'utf8'));

      const retourParam = url.searchParams.get('retour') ?? '';
      const retour = Object.hasOwn(FRANCECONNECT_RETURN, retourParam) ? retourParam : 'www.caf.fr';
      const vars = { retour, retourUrl: FRANCECONNECT_RETURN[retour] };

      if (req.method === 'POST') {
        if (!meta.next) return send(405, { ...html, Allow: 'GET, HEAD' }, notFoundPage('Ce formulaire ne s’envoie pas.'));
        const next = new URL(fill(meta.next, vars), `https://${hostname}`);
        return send(303, { Location: next.href, 'Cache-Control': 'no-store' }, '');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { Allow: 'GET, HEAD, POST' }, '');
      return send(200, html, fill(renderPage(meta, body), vars));
    }

    async function sendFile(root, rel, cacheable) {
      const full = safeFile(root, rel);
      if (!full) return send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'introuvable\n');
      const data = await readFile(full);
      return send(200, {
        'Content-Type': MIME[path.extname(full)] ?? 'application/octet-stream',
        'Cache-Control': cacheable ? 'max-age=3600' : 'no-cache',
      }, data);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  return {
    port: actualPort,
    origin: (hostname) => `https://${hostname}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}
