// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findByKey, fieldRoots, KEY_STEP } from './field-roots';
import { collectPageFields, deepFieldKey } from './page-fields';

function page() {
  document.body.innerHTML = '<label for="a">Nom</label><input id="a"><x-login></x-login><cote-a-cote-overlay></cote-a-cote-overlay>';
  const host = document.querySelector('x-login')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<label for="pw">Mot de passe</label><input id="pw" type="password"><x-inner></x-inner>';
  shadow.querySelector('x-inner')!.attachShadow({ mode: 'open' }).innerHTML = '<input name="otp" aria-label="Code reçu par SMS">';
  // Our own overlay's open shadow root is never a field root.
  document.querySelector('cote-a-cote-overlay')!.attachShadow({ mode: 'open' }).innerHTML = '<input id="ours">';
}

describe('fields in open shadow roots (page.report)', () => {
  it('collects them after the document, nested roots included, never our own UI', () => {
    page();
    expect(fieldRoots(document)).toHaveLength(3);
    const fields = collectPageFields(document);
    expect(fields.map((f) => f.description.accessibleName)).toEqual(['Nom', 'Mot de passe', 'Code reçu par SMS']);
  });

  it('gives keys that find each field again, and plain selectors for the document', () => {
    page();
    const keys = collectPageFields(document).map((f) => deepFieldKey(f.element, document));
    expect(keys[0]).toBe('#a');
    expect(keys[1]).toContain(KEY_STEP);
    expect(keys[2]!.split(KEY_STEP)).toHaveLength(3);
    expect(keys.map((key) => findByKey(document, key)?.getAttribute('id') ?? findByKey(document, key)?.getAttribute('name'))).toEqual(['a', 'pw', 'otp']);
  });

  it('answers null, never throws, for keys that are no selector or lead nowhere', () => {
    page();
    for (const key of ['', '###', `x-login${KEY_STEP}#nope`, `#a${KEY_STEP}#pw`, `x-login${KEY_STEP}[[`]) expect(findByKey(document, key)).toBeNull();
  });
});
