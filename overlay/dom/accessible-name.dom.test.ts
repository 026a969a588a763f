// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName, safeText } from './accessible-name';

function page(html: string): void {
  document.body.innerHTML = html;
}
const $ = (selector: string): Element => {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('accessibleName', () => {
  it('reads a DSFR label with its hint after the label text', () => {
    page(`<div class="fr-input-group"><label class="fr-label" for="spi">
      Numéro fiscal
      <span class="fr-hint-text">Format attendu : 13 chiffres</span>
    </label><input class="fr-input" id="spi" name="spi" type="text"></div>`);
    expect(accessibleName($('#spi'))).toBe('Numéro fiscal Format attendu : 13 chiffres');
  });

  it('prefers aria-labelledby, joining the referenced texts in order', () => {
    page(`<span id="a">Code reçu</span><span id="b">par SMS</span>
      <input id="otp" aria-labelledby="a b" aria-label="ignored" placeholder="ignored">`);
    expect(accessibleName($('#otp'))).toBe('Code reçu par SMS');
  });

  it('falls back to aria-label, then label, then title, then placeholder', () => {
    page(`<input id="one" aria-label="  Nom   de naissance ">
      <label for="two">Prénom</label><input id="two" title="ignored">
      <input id="three" title="Ville" placeholder="ignored">
      <input id="four" placeholder="Rechercher">
      <input id="five">`);
    expect(accessibleName($('#one'))).toBe('Nom de naissance');
    expect(accessibleName($('#two'))).toBe('Prénom');
    expect(accessibleName($('#three'))).toBe('Ville');
    expect(accessibleName($('#four'))).toBe('Rechercher');
    expect(accessibleName($('#five'))).toBe('');
  });

  it('uses a wrapping label without its own input or a nested select', () => {
    page(`<label>Se souvenir de moi <input type="checkbox" id="remember" value="CANARY-CHECKBOX"></label>
      <label>Pays <select id="pays"><option selected>CANARY-OPTION</option></select></label>`);
    expect(accessibleName($('#remember'))).toBe('Se souvenir de moi');
    expect(accessibleName($('#pays'))).toBe('Pays');
  });

  it('never collects a field value, even through aria-labelledby pointing at fields', () => {
    page(`<div id="lbl">Montant <input id="inner" value="CANARY-ATTR"> <textarea>CANARY-TEXTAREA</textarea>
      <span hidden>CANARY-HIDDEN</span><span aria-hidden="true">CANARY-ARIA</span>
      <div contenteditable="true">CANARY-EDITABLE</div><script>CANARY_SCRIPT</script></div>
      <input id="target" aria-labelledby="lbl target">`);
    ($('#inner') as HTMLInputElement).value = 'CANARY-TYPED';
    ($('#target') as HTMLInputElement).value = 'CANARY-SELF';
    expect(accessibleName($('#target'))).toBe('Montant');
  });

  it('safeText of a field is empty', () => {
    page(`<textarea id="t">CANARY</textarea>`);
    expect(safeText($('#t'))).toBe('');
  });

  it('works inside a shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.setAttribute('for', 'in-shadow');
    label.textContent = 'Adresse e-mail';
    const input = document.createElement('input');
    input.id = 'in-shadow';
    shadow.append(label, input);
    expect(accessibleName(input)).toBe('Adresse e-mail');
  });
});
