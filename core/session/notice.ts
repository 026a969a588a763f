/** One line of the notice: a locale key (locales/<lang>/session.json) and its parameters. */
export interface NoticeLine {
  key: string;
  params?: Record<string, string>;
}

/** The notice's question: the title of the person's notice, read first by the panel. */
export const NOTICE_QUESTION = 'session.notice.title';

/**
 * The notice of an accompanied session (W1), one source for both audiences: the person's
 * page shows the question and these lines (overlay/features/session-cues.tsx) and the
 * worker's side panel reads the very same text aloud with the person
 * (entrypoints/sidepanel/screens.tsx). It names the procedure when its title is known.
 * Every line speaks to the person ("vous"); "J'accepte" / "Je refuse" are the buttons.
 */
export function noticeLines(procedure: string | null): NoticeLine[] {
  return [
    ...(procedure ? [{ key: 'session.notice.procedure', params: { procedure } }] : []),
    { key: 'session.notice.helper' },
    { key: 'session.notice.does' },
    { key: 'session.notice.keeps' },
    { key: 'session.notice.secret' },
    { key: 'session.notice.stop' },
  ];
}

/** The notice as one text, the question then a line per sentence group (what the panel reads aloud). */
export function noticeText(t: (key: string, params?: Record<string, string>) => string, procedure: string | null): string {
  return [t(NOTICE_QUESTION), ...noticeLines(procedure).map((line) => t(line.key, line.params))].join('\n');
}
