// A generated portal form of N fields, served by Playwright routing under an official host
// (the content script runs on it as on the real portal). The markup mixes what real portals
// do, including the shapes that made page.report quadratic: `<label for>` everywhere,
// wrapping labels, radio groups in fieldsets, shared hints (aria-describedby), "Afficher"
// buttons with aria-controls, duplicated names across sections and fields with neither id
// nor name (their key is a path). Deterministic: the same N gives the same page.

export const GENERATED_HOST = 'www.caf.fr';
export const generatedUrl = (fields) => `https://${GENERATED_HOST}/banc/formulaire-${fields}`;

const KINDS = [
  (i) => `<div class="fr-input-group"><label class="fr-label" for="f${i}">Nom de la personne ${i}<span class="fr-hint-text">Comme sur la pièce d'identité</span></label><input class="fr-input" id="f${i}" name="nom${i}" aria-describedby="aide-commune"></div>`,
  (i) => `<div class="fr-checkbox-group"><label><input type="checkbox" name="accord"> J'accepte la condition ${i}</label></div>`,
  (i) => `<fieldset class="fr-fieldset"><legend>Situation ${i}</legend><div><input type="radio" name="sit${i}" id="f${i}a"><label for="f${i}a">Oui</label></div><div><input type="radio" name="sit${i}" id="f${i}b"><label for="f${i}b">Non</label></div></fieldset>`,
  (i) => `<div class="fr-select-group"><label class="fr-label" for="f${i}">Pays ${i}</label><select class="fr-select" id="f${i}"><option>France</option><option>Belgique</option></select></div>`,
  (i) => `<div class="fr-input-group"><p>Montant perçu ${i}</p><div><input class="fr-input" inputmode="numeric"></div></div>`,
  (i) => `<div class="fr-password"><label class="fr-label" for="f${i}">Mot de passe ${i}</label><div class="fr-input-wrap"><input class="fr-password__input fr-input" type="password" id="f${i}"></div><button type="button" aria-controls="f${i}">Afficher</button></div>`,
  (i) => `<div class="fr-input-group"><label class="fr-label">Commentaire ${i}<textarea class="fr-input" name="commentaire"></textarea></label></div>`,
  (i) => `<div class="fr-input-group"><input class="fr-input" name="telephone" autocomplete="tel" placeholder="Téléphone ${i}"></div>`,
];

/** A fields-long form: `fields` controls (a radio pair counts two), 50 a section. */
export function generatedForm(fields) {
  const parts = [];
  let count = 0;
  for (let i = 0; count < fields; i++) {
    if (i % 50 === 0) parts.push(i === 0 ? '<section class="fr-mb-4w">' : '</section><section class="fr-mb-4w">', `<h2>Partie ${i / 50 + 1}</h2>`);
    const kind = i % KINDS.length;
    parts.push(KINDS[kind](i));
    count += kind === 2 ? 2 : 1;
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Formulaire de ${fields} champs - caf.fr</title></head>
<body><header><p>Mon Compte - caf.fr</p></header><main><h1>Formulaire de ${fields} champs</h1>
<p id="aide-commune">Écrivez comme sur vos papiers.</p>
<form id="formulaire" action="#">${parts.join('\n')}</section><button type="submit">Envoyer</button></form></main></body></html>`;
}

/** Serves every generated form size on its URL in `context` (Playwright routing, no server). */
export async function routeGeneratedForms(context) {
  await context.route(`https://${GENERATED_HOST}/banc/formulaire-*`, (route) => {
    const fields = Number(new URL(route.request().url()).pathname.split('-').pop());
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: generatedForm(fields) });
  });
}
