/**
 * Schema issues turned into French sentences for pack authors ("steps[2].advance.on :
 * valeur inconnue « clic » ; valeurs possibles : click, input, navigation, manual").
 * Kept out of schema.ts so the content script does not carry these messages.
 */

export interface SchemaIssue {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  expected?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

const TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  boolean: 'true ou false',
  array: 'une liste [ … ]',
  object: 'un objet { … }',
  null: 'null',
};

/** `pages[0].urlPatterns` from ['pages', 0, 'urlPatterns']. */
export function pathText(path: ReadonlyArray<PropertyKey>): string {
  const text = path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  return text || '(racine du pack)';
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

const plural = (n: number | bigint | undefined, word: string) => `${String(n)} ${word}${Number(n) > 1 ? 's' : ''}`;

function sentence(issue: SchemaIssue, input: unknown): string {
  const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'champ obligatoire absent';
  switch (issue.code) {
    case 'invalid_type':
      return `doit être ${TYPES[issue.expected ?? ''] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `clé inconnue : ${(issue.keys ?? []).map((k) => `« ${k} »`).join(', ')} (vérifiez l'orthographe)`;
    case 'invalid_value':
      return `valeur inconnue « ${String(valueAt(input, issue.path))} » ; valeurs possibles : ${(issue.values ?? []).map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'ne doit pas être vide' : `doit contenir au moins ${plural(issue.minimum, 'élément')}`;
    case 'too_big':
      return issue.origin === 'string' ? `trop long (au plus ${String(issue.maximum)} caractères)` : `au plus ${plural(issue.maximum, 'élément')}`;
    case 'invalid_format':
      return 'identifiant invalide : lettres minuscules sans accent, chiffres et tirets (exemple : declaration-trimestrielle)';
    default:
      return 'valeur invalide';
  }
}

/** One French line per issue: "<chemin> : <problème>". */
export function frenchIssues(issues: readonly SchemaIssue[], input: unknown): string[] {
  return issues.map((issue) => `${pathText(issue.path)} : ${sentence(issue, input)}`);
}
