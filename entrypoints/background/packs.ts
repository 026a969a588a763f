import { parsePack } from '../../core/packs/validate';
import type { Pack } from '../../core/packs/schema';

/**
 * The guide packs, bundled into the background only (never into the content script,
 * which asks `pack.forPage`). The glossary lives in packs/glossary/ and is not a pack.
 */
const files = import.meta.glob<unknown>(['../../packs/*/*.json', '!../../packs/glossary/**'], { eager: true, import: 'default' });

export interface LoadedPacks {
  packs: Pack[];
  /** Packs left out, by file id, with the French errors (paths, never page data). */
  broken: Array<{ id: string; errors: string[] }>;
}

/**
 * Validates every pack file. A broken pack is skipped and reported by id and error
 * path; it never stops the others (nor the background). The pack id must be its file
 * name and its folder its portal, so a pack is always found where its id says.
 */
export function loadPacks(modules: Record<string, unknown> = files): LoadedPacks {
  const loaded: LoadedPacks = { packs: [], broken: [] };
  for (const [path, json] of Object.entries(modules)) {
    const [folder = '', file = ''] = path.split('/').slice(-2);
    const id = file.replace(/\.json$/, '');
    const result = parsePack(json);
    const errors = result.ok ? placeErrors(result.pack, id, folder) : result.errors;
    if (result.ok && errors.length === 0) loaded.packs.push(result.pack);
    else loaded.broken.push({ id, errors });
  }
  for (const { id, errors } of loaded.broken) console.warn('[Côte à côte] pack ignoré', id, errors.join(' | '));
  return loaded;
}

function placeErrors(pack: Pack, id: string, folder: string): string[] {
  const errors: string[] = [];
  if (pack.id !== id) errors.push(`id : « ${pack.id} » doit être le nom du fichier (« ${id} »)`);
  if (pack.portal !== folder) errors.push(`portal : « ${pack.portal} » doit être le nom du dossier (« ${folder} »)`);
  return errors;
}
