import type { Pack } from './schema';

/** A small valid pack for unit tests; override parts with `{ ...testPack(), … }`. */
export function testPack(overrides: Partial<Pack> = {}): Pack {
  return {
    schemaVersion: 1,
    id: 'caf-essai',
    stage: 'ready',
    portal: 'caf',
    title: 'Essai',
    procedure: 'Une démarche pour les tests.',
    pages: [
      { id: 'connexion', urlPatterns: ['https://www.caf.fr/connexion'], note: 'La page de connexion.' },
      { id: 'code', urlPatterns: ['https://www.caf.fr/connexion/code'], note: 'Le code reçu par SMS.' },
      { id: 'espace', urlPatterns: ['https://www.caf.fr/espace*'], note: 'Tout l’espace.' },
    ],
    papers: ['Votre carte Vitale.'],
    fields: [
      {
        id: 'nir',
        page: 'connexion',
        selectors: [{ label: 'Numéro de sécurité sociale', note: 'Le libellé.' }, { name: 'nir', note: 'Le nom.' }],
        help: { what: 'Votre numéro de sécurité sociale.' },
        format: 'nir',
      },
    ],
    steps: [
      { id: 'numero', page: 'connexion', title: 'Numéro', body: 'Tapez votre numéro.', target: [{ name: 'nir', note: 'n' }], advance: { on: 'input' } },
      { id: 'valider', page: 'connexion', title: 'Valider', body: 'Cliquez sur Se connecter.', target: [{ css: 'button[type=submit]', note: 'n' }], advance: { on: 'click' } },
      { id: 'code', page: 'code', title: 'Code', body: 'Tapez le code.', advance: { on: 'manual' } },
      { id: 'fin', page: 'espace', title: 'Fin', body: 'C’est fini.', advance: { on: 'navigation' } },
    ],
    logout: { url: 'https://www.caf.fr/', label: 'Me déconnecter' },
    ...overrides,
  };
}
