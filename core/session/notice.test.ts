import { describe, expect, it } from 'vitest';
import { NOTICE_QUESTION, noticeLines, noticeText } from './notice';

describe('the notice, one source for the person\'s page and the panel', () => {
  it('names the procedure first when its title is known', () => {
    expect(noticeLines('Déclarer vos ressources à la CAF')[0]).toEqual({ key: 'session.notice.procedure', params: { procedure: 'Déclarer vos ressources à la CAF' } });
    expect(noticeLines(null).map((l) => l.key)).not.toContain('session.notice.procedure');
    expect(noticeLines(null).length).toBe(noticeLines('x').length - 1);
  });

  it('reads the question, then each line, one per line of text', () => {
    const t = (key: string, params?: Record<string, string>) => `${key}${params ? `(${params.procedure})` : ''}`;
    expect(noticeText(t, 'P').split('\n')).toEqual([NOTICE_QUESTION, 'session.notice.procedure(P)', 'session.notice.helper', 'session.notice.does', 'session.notice.keeps', 'session.notice.secret', 'session.notice.stop']);
  });
});
