/**
 * Procedure ids → titles, for the statistics table. Only each pack's `title` is bundled
 * (JSON named import), not the packs themselves. An id without a pack (a pack removed
 * since) shows as its id.
 */
const titles = import.meta.glob<string>(['../../packs/*/*.json', '!../../packs/glossary/**'], { eager: true, import: 'title' });

export const PACK_TITLES: Record<string, string> = Object.fromEntries(
  Object.entries(titles)
    .filter(([, title]) => typeof title === 'string')
    .map(([path, title]) => [path.split('/').at(-1)!.replace(/\.json$/, ''), title]),
);

export const procedureTitle = (id: string, known: Record<string, string> = PACK_TITLES) => known[id] ?? id;
