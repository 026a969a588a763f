// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { classifyField } from '../../core/privacy/classify';
import { collectFields } from './collect-fields';

function page(html: string): void {
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('collectFields', () => {
  it('lists fields in document order, skipping buttons, hidden inputs, [hidden] and our overlay', () => {
    page(`<form>
      <input type="hidden" name="csrf"><label for="nom">Nom</label><input id="nom">
      <select id="pays"><option>France</option></select>
      <textarea id="msg"></textarea><input type="SUBMIT"><input type="button"><input type="reset"><input type="image">
      <input id="off" disabled aria-label="Numéro fiscal">
      <div hidden><input id="hidden-one"></div>
    </form><div id="cote-a-cote-host"><input id="ours"></div>`);
    const ids = collectFields(document, { exclude: document.getElementById('cote-a-cote-host')! }).map((f) => f.element.id);
    expect(ids).toEqual(['nom', 'pays', 'msg', 'off']);
  });

  it('accepts an element or a shadow root as root', () => {
    page(`<div id="zone"><input id="in"></div><input id="out">`);
    expect(collectFields(document.getElementById('zone')!).map((f) => f.element.id)).toEqual(['in']);
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('textarea'));
    expect(collectFields(shadow).map((f) => f.description.tag)).toEqual(['textarea']);
  });

  it('classifies a real-looking CAF form', () => {
    page(`<form>
      <label for="a">Numéro allocataire</label><input id="a" name="numAllocataire">
      <label for="b">Code postal</label><input id="b" name="codePostal" autocomplete="postal-code">
      <label for="c">Mot de passe</label><input id="c" type="password">
      <label><input type="checkbox" name="souvenir"> Se souvenir de moi</label>
      <label for="q">Rechercher sur le site</label><input id="q" type="search" name="q">
    </form>`);
    expect(collectFields(document).map((f) => classifyField(f.description))).toEqual([
      'identity', 'contact', 'password', 'none', 'none',
    ]);
  });
});

describe('never reads what people type or choose', () => {
  it('no canary from values, value attributes, textarea content or options reaches any description', () => {
    page(`<form>
      <label for="t">Nom <input id="nested" value="CANARY-NESTED-ATTR"></label><input id="t" value="CANARY-ATTR">
      <label for="pw">Mot de passe</label><input id="pw" type="password" value="CANARY-PW-ATTR">
      <label for="ta">Votre message</label><textarea id="ta">CANARY-TEXTAREA</textarea>
      <label for="s">Situation</label><select id="s"><option value="CANARY-OPT-VALUE">CANARY-OPTION</option>
        <optgroup label="CANARY-OPTGROUP"><option selected>CANARY-SELECTED</option></optgroup></select>
      <fieldset><legend>Sexe <input value="CANARY-LEGEND"></legend>
        <input type="radio" name="sexe" id="f" value="CANARY-RADIO" checked><label for="f">Femme</label></fieldset>
      <p>Code personnel <span contenteditable="true">CANARY-EDITABLE</span></p><input id="unlabelled">
      <input type="checkbox" id="cb" aria-labelledby="cb ta t" value="CANARY-CB">
      <input type="hidden" name="csrf" value="CANARY-HIDDEN">
    </form>`);
    const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
    byId('t').value = 'CANARY-TYPED';
    byId('pw').value = 'CANARY-TYPED-PW';
    byId('unlabelled').value = 'CANARY-TYPED-UNLABELLED';
    (document.getElementById('ta') as HTMLTextAreaElement).value = 'CANARY-TYPED-TEXTAREA';
    byId('cb').checked = true;

    const collected = collectFields(document);
    expect(collected).toHaveLength(9);
    expect(JSON.stringify(collected.map((f) => f.description))).not.toMatch(/CANARY/i);
    const unlabelled = collected.find((f) => f.element.id === 'unlabelled')!.description;
    expect(unlabelled.nearbyText).toBe('Code personnel');
  });
});
