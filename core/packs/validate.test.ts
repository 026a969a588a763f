import { describe, expect, it } from 'vitest';
import { parsePack } from './validate';
import { testPack } from './test-pack';

const errorsOf = (json: unknown) => {
  const result = parsePack(json);
  return result.ok ? [] : result.errors;
};

describe('parsePack', () => {
  it('accepts a valid pack', () => {
    const result = parsePack(JSON.parse(JSON.stringify(testPack())));
    expect(result.ok).toBe(true);
  });

  it.each([null, 42, 'texte', [], undefined])('never throws on %s', (json) => {
    const result = parsePack(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/\(racine du pack\) : /);
  });

  it('says in French what is missing, unknown or wrong, with the path', () => {
    const { title: _title, ...noTitle } = testPack();
    expect(errorsOf(noTitle)).toEqual(['title : champ obligatoire absent']);
    expect(errorsOf({ ...testPack(), titre: 'x' })).toEqual(['(racine du pack) : clé inconnue : « titre » (vérifiez l\'orthographe)']);
    expect(errorsOf({ ...testPack(), stage: 'prêt' })).toEqual(['stage : valeur inconnue « prêt » ; valeurs possibles : draft, ready']);
    expect(errorsOf({ ...testPack(), schemaVersion: 2 })).toEqual(['schemaVersion : valeur inconnue « 2 » ; valeurs possibles : 1']);
    expect(errorsOf({ ...testPack(), pages: [] })).toEqual(['pages : doit contenir au moins 1 élément']);
    expect(errorsOf({ ...testPack(), id: 'Mon Pack' })[0]).toMatch(/^id : identifiant invalide/);
    expect(errorsOf({ ...testPack(), papers: 'carte' })).toEqual(['papers : doit être une liste [ … ]']);
    expect(errorsOf({ ...testPack(), title: '  ' })).toEqual(['title : ne doit pas être vide']);
  });

  it('limits a walkthrough to 12 steps', () => {
    const step = testPack().steps[2]!;
    const steps = Array.from({ length: 13 }, (_, i) => ({ ...step, id: `s${i}` }));
    expect(errorsOf({ ...testPack(), steps })).toEqual(['steps : au plus 12 éléments']);
  });

  it('refuses pages, links and portals that are not official', () => {
    const pages = [{ id: 'connexion', urlPatterns: ['https://ameli-frconnect.fr/'], note: 'n' }, ...testPack().pages.slice(1)];
    expect(errorsOf({ ...testPack(), pages })).toEqual(['pages[0].urlPatterns[0] : l\'hôte « ameli-frconnect.fr » n\'est pas un site officiel du registre']);
    expect(errorsOf({ ...testPack(), logout: { url: 'http://www.caf.fr/', label: 'x' } })).toEqual(['logout.url : le lien doit commencer par https://']);
    expect(errorsOf({ ...testPack(), logout: { url: 'https://www.caf.fr.example.com/', label: 'x' } })[0]).toMatch(/ne mène pas à un site officiel/);
    expect(errorsOf({ ...testPack(), portal: 'inconnu' })).toEqual(['portal : portail « inconnu » absent du registre des sites officiels']);
  });

  it('refuses malformed URL patterns', () => {
    const pages = [{ id: 'connexion', urlPatterns: ['www.caf.fr/connexion'], note: 'n' }, ...testPack().pages.slice(1)];
    expect(errorsOf({ ...testPack(), pages })[0]).toMatch(/^pages\[0\]\.urlPatterns\[0\] : motif d'adresse invalide/);
  });

  it('checks references, unique ids and selector kinds', () => {
    const pack = testPack();
    const field = pack.fields[0]!;
    expect(errorsOf({ ...pack, fields: [{ ...field, page: 'nulle-part' }] })).toEqual(['fields[0].page : page « nulle-part » inconnue (voir pages)']);
    expect(errorsOf({ ...pack, fields: [field, field] })).toEqual(['fields[1].id : identifiant « nir » déjà utilisé dans fields']);
    expect(errorsOf({ ...pack, fields: [{ ...field, selectors: [{ css: 'a', name: 'b', note: 'n' }] }] })[0]).toMatch(/^fields\[0\]\.selectors\[0\] : un repère a exactement une sorte/);
    expect(errorsOf({ ...pack, fields: [{ ...field, selectors: [{ note: 'n' }] }] })[0]).toMatch(/trouvé : aucune/);
  });

  it('refuses generated ids and classes in selectors', () => {
    const field = testPack().fields[0]!;
    expect(errorsOf({ ...testPack(), fields: [{ ...field, selectors: [{ id: 'input-35', note: 'n' }] }] })[0]).toMatch(/identifiant généré/);
    expect(errorsOf({ ...testPack(), fields: [{ ...field, selectors: [{ css: '#input-35', note: 'n' }] }] })[0]).toMatch(/générés : input-35/);
  });

  it('needs a target for steps that advance on a click or an input, and short bodies', () => {
    const steps = testPack().steps;
    const { target: _t, ...noTarget } = steps[0]!;
    expect(errorsOf({ ...testPack(), steps: [noTarget, ...steps.slice(1)] })).toEqual(['steps[0].target : obligatoire quand advance.on vaut « input »']);
    const long = { ...steps[2]!, body: 'Une phrase. Une autre phrase. Une troisième phrase.' };
    expect(errorsOf({ ...testPack(), steps: [...steps.slice(0, 2), long, steps[3]] })).toEqual(['steps[2].body : au plus 2 phrases courtes']);
  });
});
