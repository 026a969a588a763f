// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { classifyField } from '../../core/privacy/classify';
import { describeField, type FormField } from './describe-field';

function page(html: string): void {
  document.body.innerHTML = html;
}
const field = (selector: string): FormField => {
  const el = document.querySelector<FormField>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
};
const kind = (selector: string) => classifyField(describeField(field(selector)));

afterEach(() => {
  document.body.innerHTML = '';
});

// Shape of @gouvfr/dsfr example/layout/page/login (trimmed).
const DSFR_LOGIN = `<form><fieldset class="fr-fieldset" id="credentials">
  <legend class="fr-sr-only" id="credentials-legend"> identifiants </legend>
  <div class="fr-input-group"><label class="fr-label" for="username-7719">Identifiant
    <span class="fr-hint-text">Format attendu : nom@domaine.fr</span></label>
    <input class="fr-input" autocomplete="username" name="username" id="username-7719" type="text"></div>
  <div class="fr-password" id="password-7720">
    <label class="fr-password__label fr-label" for="password-7720-input">Mot de passe</label>
    <div class="fr-input-wrap"><input class="fr-password__input fr-input" name="password"
      autocomplete="current-password" id="password-7720-input" type="password"></div>
    <div class="fr-password__checkbox fr-checkbox-group fr-checkbox-group--sm">
      <input aria-label="Afficher le mot de passe" id="password-7720-show" type="checkbox">
      <label class="fr--password__checkbox fr-label" for="password-7720-show">Afficher</label></div>
  </div></fieldset>
  <input name="remember" id="remember-7721" type="checkbox"><label class="fr-label" for="remember-7721">Se souvenir de moi</label>
</form>`;

describe('describeField on DSFR login', () => {
  it('describes the username with label, hint, legend and attributes', () => {
    page(DSFR_LOGIN);
    const d = describeField(field('#username-7719'));
    expect(d).toMatchObject({
      tag: 'input', type: 'text', accessibleName: 'Identifiant Format attendu : nom@domaine.fr',
      name: 'username', id: 'username-7719', autocomplete: 'username', legend: 'identifiants',
      nearbyText: '', maxLength: null, groupSize: 1,
    });
    expect(classifyField(d)).toBe('contact');
  });

  it('keeps the password a password after "Afficher" switches it to text', () => {
    page(DSFR_LOGIN);
    expect(kind('#password-7720-input')).toBe('password');
    field('#password-7720-input').setAttribute('type', 'text');
    const d = describeField(field('#password-7720-input'));
    expect(d.type).toBe('text');
    expect(d.classHints).toContain('fr-password__input');
    expect(classifyField(d)).toBe('password');
  });

  it('does not treat the Afficher and remember-me checkboxes as sensitive', () => {
    page(DSFR_LOGIN);
    expect(kind('#password-7720-show')).toBe('none');
    expect(kind('#remember-7721')).toBe('none');
  });
});

describe('Ameli (Vuetify) markup', () => {
  const VUETIFY = (id: string, label: string, maxlength: number) => `
    <div class="v-input v-text-field"><div class="v-input__control"><div class="v-input__slot">
      <div class="v-text-field__slot"><label for="${id}" class="v-label">${label}</label>
      <input id="${id}" type="text" maxlength="${maxlength}"></div></div></div></div>`;

  it('reads the NIR as two inputs with generated ids', () => {
    page(VUETIFY('input-35', 'Numéro de sécurité sociale', 13) + VUETIFY('input-38', 'Clé', 2));
    expect(describeField(field('#input-35')).maxLength).toBe(13);
    expect(kind('#input-35')).toBe('social-security-number');
    expect(kind('#input-38')).toBe('social-security-number');
  });

  it('gives the unlabelled password its meaning from the nearby "Code personnel" text', () => {
    page(`<form>${VUETIFY('input-35', 'Numéro de sécurité sociale', 13)}
      <p class="label-password">Code personnel</p>
      <div class="v-input v-text-field"><div class="v-input__control"><div class="v-input__slot">
        <div class="v-text-field__slot"><input id="input-52" type="text"></div></div></div></div></form>`);
    const d = describeField(field('#input-52'));
    expect(d.accessibleName).toBe('');
    expect(d.nearbyText).toBe('Code personnel');
    expect(classifyField(d)).toBe('password');
    field('#input-52').setAttribute('type', 'password');
    expect(kind('#input-52')).toBe('password');
  });

  it('does not borrow the label of a previous field', () => {
    page(`<div><label for="a">Nom</label><input id="a"></div><div><input id="b"></div>`);
    expect(describeField(field('#b')).nearbyText).toBe('');
  });

  it('keeps nearby text short', () => {
    page(`<p>${'Lorem ipsum dolor sit amet '.repeat(10)}Code personnel</p><input id="x">`);
    const text = describeField(field('#x')).nearbyText;
    expect(text.length).toBeLessThanOrEqual(80);
    expect(text.endsWith('Code personnel')).toBe(true);
  });
});

describe('one box per digit', () => {
  it('counts numOTP1..6 as one group of six', () => {
    const boxes = [1, 2, 3, 4, 5, 6]
      .map((i) => `<div class="digit"><input type="text" inputmode="numeric" maxlength="1" id="numOTP${i}" name="numOTP${i}" aria-label="Chiffre ${i}"></div>`)
      .join('');
    page(`<fieldset><legend>Saisissez le code</legend><div class="otp">${boxes}</div></fieldset>`);
    const d = describeField(field('#numOTP3'));
    expect(d.groupSize).toBe(6);
    expect(d.maxLength).toBe(1);
    for (let i = 1; i <= 6; i++) expect(kind(`#numOTP${i}`)).toBe('one-time-code');
  });

  it('recognises an anonymous group by its shape alone', () => {
    page(`<div>${'<input type="tel" maxlength="1">'.repeat(6)}</div>`);
    expect(kind('input')).toBe('one-time-code');
  });
});

describe('impots.gouv boxes and choices', () => {
  it('classifies 1AJ / 1BJ as income', () => {
    page(`<table><tr><th><label for="f1aj">1AJ</label></th><td><input id="f1aj" name="1AJ"></td></tr>
      <tr><th><label for="f1bj">Salaires - Déclarant 2 <abbr>1BJ</abbr></label></th><td><input id="f1bj"></td></tr></table>`);
    expect(kind('#f1aj')).toBe('income');
    expect(kind('#f1bj')).toBe('income');
  });

  it('reads a select by its label only and classifies from the legend for radios', () => {
    page(`<label for="nat">Nationalité</label><select id="nat" name="nat"><option>Française</option><option selected>CANARY-OPTION</option></select>
      <fieldset><legend>Avez-vous perçu des revenus ce mois-ci ?</legend>
      <input type="radio" name="rev" id="oui" value="oui"><label for="oui">Oui</label></fieldset>`);
    const d = describeField(field('#nat'));
    expect(d).toMatchObject({ tag: 'select', type: 'select', accessibleName: 'Nationalité' });
    expect(JSON.stringify(d)).not.toContain('CANARY');
    expect(classifyField(d)).toBe('identity');
    expect(kind('#oui')).toBe('income');
  });
});

describe('hints, naming attributes and reveal toggles (issue 4 hardening)', () => {
  it('keeps label hints, aria-describedby and a spare title apart from the name', () => {
    page(`<label for="nir">Numéro de sécurité sociale <span class="fr-hint-text">13 chiffres</span></label>
      <input id="nir" aria-describedby="nir-help" title="Votre numéro"><p id="nir-help">Il est sur votre carte Vitale</p>`);
    const d = describeField(field('#nir'));
    expect(d.accessibleName).toBe('Numéro de sécurité sociale 13 chiffres');
    expect(d.hint).toBe('13 chiffres Il est sur votre carte Vitale Votre numéro');
  });
  it('reads Angular and test attributes, never the value', () => {
    page(`<input formcontrolname="motDePasse" data-testid="login-password" value="CANARY" id="mat-input-3">`);
    field('#mat-input-3').value = 'CANARY-TYPED';
    const d = describeField(field('#mat-input-3'));
    expect(d.attributes).toBe('motDePasse login-password');
    expect(JSON.stringify(d)).not.toContain('CANARY');
    expect(classifyField(d)).toBe('password');
  });
  it('names the toggle beside a revealed password, and one linked by aria-controls', () => {
    page(`<div class="MuiInputBase-root"><input id=":r5:" type="text"><div><button type="button" aria-label="toggle password visibility"><svg></svg></button></div></div>
      <div><input id="far" type="text"></div><p><button type="button" aria-controls="far">Masquer le mot de passe</button></p>`);
    expect(describeField(field('[id=":r5:"]')).controls).toContain('toggle password visibility');
    expect(kind('[id=":r5:"]')).toBe('password');
    expect(describeField(field('#far')).controls).toContain('Masquer le mot de passe');
    expect(kind('#far')).toBe('password');
  });
  it('does not lend a neighbour field\'s toggle to the username', () => {
    page(DSFR_LOGIN);
    expect(describeField(field('#username-7719')).controls).toBe('');
  });
  it('uses an ARIA group label as the legend (one box per digit)', () => {
    page(`<p id="t">Code reçu par courriel</p><div role="group" aria-labelledby="t">
      ${[1, 2, 3, 4, 5, 6].map((i) => `<input id="c${i}" maxlength="1" inputmode="numeric">`).join('')}</div>`);
    expect(describeField(field('#c3')).legend).toBe('Code reçu par courriel');
    expect(kind('#c3')).toBe('one-time-code');
  });
});
