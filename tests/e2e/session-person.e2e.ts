import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchHarness, waitForOverlay, type Harness } from './harness';

// W1/W2, the person's side of an accompanied session on the practice CAF login page: the
// worker's actions go through the side panel page (opened as a tab: the background accepts
// `session.*` from sidepanel.html only), the person's through real clicks on our overlay.
// The lead's full session e2e covers the whole walkthrough; this one checks the page side.

let h: Harness;
let panel: Page;
beforeAll(async () => {
  h = await launchHarness();
  panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
});
afterAll(async () => h?.close());

/** A `session.*` message from the side panel page, as its buttons send them. */
const fromPanel = (type: string, payload: unknown) => panel.evaluate(([type, payload]) => chrome.runtime.sendMessage({ type, payload }), [type, payload] as const);
const act = (action: unknown) => fromPanel('session.act', { action }) as Promise<{ refused: string | null; view: { session: { phase: string; typist: string; secretFocus: boolean } | null } }>;
const session = async () => ((await fromPanel('session.get', {})) as { session: { phase: string; typist: string; secretFocus: boolean; secretsTyped: boolean; stoppedBy: string | null } | null }).session;
const inShadow = (page: Page, selector: string) => page.locator(`cote-a-cote-overlay .cac-root ${selector}`);

/** axe-core on our shadow root's .cac-root only (the portal's markup is not ours to judge): the violations. */
async function axeOverlay(page: Page): Promise<{ violations: string[]; checked: boolean }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    // @ts-expect-error axe is the script added above
    // Every node of every result (resultTypes would keep one node per passed rule).
    const result = await window.axe.run({ include: [{ fromShadowDom: ['cote-a-cote-overlay', '.cac-root'] }] });
    type Rule = { id: string; nodes: Array<{ target: unknown[]; html: string }> };
    const violations = (result.violations as Rule[]).flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`));
    // Not vacuous: our session UI is among the nodes axe checked.
    const checked = (result.passes as Rule[]).some((r) => r.nodes.some((n) => n.html.includes('cac-session')));
    return { violations, checked };
  });
}
const shot = (p: Page, name: string) => (process.env.CAC_SHOTS ? p.screenshot({ path: `/tmp/person-${name}.png` }) : Promise.resolve());
describe('accompanied session, person side (e2e)', () => {
  it('notice, agreement by a real click, token, secret focus, "montrer ce champ", Stop — a page script\'s clicks do nothing', async () => {
    const caf = await h.open('https://www.caf.fr/connexion');
    await waitForOverlay(caf);
    await caf.bringToFront();
    expect((await act({ type: 'start' })).refused).toBeNull();
    const chosen = await act({ type: 'choose-scope', scope: { packId: 'caf-declaration-trimestrielle', portal: 'caf', category: 'social' } });
    expect(chosen.view.session?.phase).toBe('notice');

    // The part arrives with the session: the notice, non-modal, with the two buttons.
    const dialog = caf.locator('cote-a-cote-overlay [role="dialog"]');
    await dialog.waitFor({ timeout: 10_000 });
    // The notice is the one card, as a sheet (read whole, its buttons in the foot, on screen).
    await expect.poll(() => dialog.getAttribute('data-mode'), { timeout: 5000 }).toBe('sheet');
    expect(await dialog.evaluate((el) => el.classList.contains('cac-context'))).toBe(true);
    await dialog.locator('.cac-context__actions').getByRole('button', { name: "J'accepte" }).waitFor({ state: 'visible' });
    // It names the procedure, through the real background (the title comes with session.view).
    expect(await dialog.textContent()).toContain('Vous faites cette démarche\u00a0: Déclarer vos ressources à la CAF.');
    expect(await dialog.textContent()).toContain('Vous pouvez arrêter quand vous voulez');
    await shot(caf, 'notice');
    expect(await axeOverlay(caf)).toEqual({ violations: [], checked: true });
    // A page script clicks "J'accepte" in our open shadow root: not an agreement.
    await caf.evaluate(() => {
      const root = document.querySelector('cote-a-cote-overlay')!.shadowRoot!;
      const agree = [...root.querySelectorAll('button')].find((b) => b.textContent === "J'accepte")!;
      agree.click();
      agree.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await caf.waitForTimeout(300);
    expect((await session())?.phase).toBe('notice');
    await dialog.getByRole('button', { name: "J'accepte" }).click();
    await expect.poll(async () => (await session())?.phase, { timeout: 5000 }).toBe('accompanied');
    await dialog.waitFor({ state: 'detached' });

    // The badge and the token; "Changer" by a real click passes the keyboard.
    // The session block is pinned beside the launcher (always in view, not in the closed tray).
    const badge = inShadow(caf, '.cac-launcher__pinned .cac-session');
    await badge.waitFor({ state: 'visible', timeout: 5000 });
    await expect.poll(() => badge.textContent(), { timeout: 5000 }).toContain("C'est à vous de taper.");
    await badge.getByRole('button', { name: /Changer/ }).click();
    await expect.poll(() => badge.textContent(), { timeout: 5000 }).toContain('Votre accompagnant tape.');
    // Larger text for our overlay during the session: 18.7 px × 1.15.
    expect(await badge.evaluate((el) => getComputedStyle(el).fontSize)).toBe('21.505px');

    // The password field gets the focus: the token moves to the person, one boolean went.
    await caf.locator('#password-caf-input').click();
    await caf.keyboard.type('canary-Secret-4242');
    await expect.poll(async () => (await session())?.secretFocus, { timeout: 5000 }).toBe(true);
    expect((await session())?.typist).toBe('person');
    await expect.poll(() => badge.textContent(), { timeout: 5000 }).toContain("C'est à vous.");
    // The reminder beside the field speaks to the person only (the worker's line is in the panel).
    const reminders = inShadow(caf, '.cac-reminders');
    await expect.poll(() => reminders.textContent(), { timeout: 5000 }).toContain('Vous pouvez demander à votre accompagnant de regarder ailleurs.');
    expect(await reminders.textContent()).not.toMatch(/Regardez ailleurs|la personne|Vous accompagnez/);
    await shot(caf, 'secret');
    await caf.locator('#nir').click();
    await expect.poll(async () => (await session())?.secretFocus, { timeout: 5000 }).toBe(false);
    // The keyboard passes to the worker while the number's field has the focus: its reminder follows the badge.
    await expect.poll(() => reminders.textContent(), { timeout: 5000 }).toContain('Ne le notez pas sur un papier.');
    expect(await reminders.textContent()).not.toContain('Votre accompagnant tape');
    expect((await act({ type: 'switch-typist' })).refused).toBeNull();
    await expect.poll(() => badge.textContent(), { timeout: 5000 }).toContain('Votre accompagnant tape.');
    await expect.poll(() => reminders.textContent(), { timeout: 5000 }).toContain('Votre accompagnant tape ce numéro pour vous.');

    // "Montrer ce champ": found, scrolled into view, an outline around it; a hostile key finds nothing.
    expect(await fromPanel('session.showField', { key: '#remember-caf' })).toEqual({ found: true });
    const outline = inShadow(caf, '.cac-session-pointer');
    await outline.waitFor({ timeout: 5000 });
    // Around the field once the (smooth) scroll has settled, the field inside the window.
    const around = () =>
      caf.evaluate(() => {
        const field = document.querySelector('#remember-caf')!.getBoundingClientRect();
        const box = document.querySelector('cote-a-cote-overlay')!.shadowRoot!.querySelector('.cac-session-pointer')!.getBoundingClientRect();
        return box.left <= field.left && box.top <= field.top && box.right >= field.right && box.bottom >= field.bottom && field.top >= 0 && field.bottom <= innerHeight;
      });
    await expect.poll(around, { timeout: 3000 }).toBe(true);
    expect(await badge.textContent()).toContain('Votre accompagnant vous montre ce champ.');
    await shot(caf, 'pointer');
    expect(await axeOverlay(caf)).toEqual({ violations: [], checked: true });
    for (const key of ['input[', '#nowhere', 'cote-a-cote-overlay']) expect(await fromPanel('session.showField', { key })).toEqual({ found: false });
    await outline.waitFor({ state: 'detached', timeout: 6000 });

    // Stop: a page script cannot; the person's real click does, at once.
    await caf.evaluate(() => {
      const root = document.querySelector('cote-a-cote-overlay')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Arrêter')!.click();
    });
    await caf.waitForTimeout(300);
    expect((await session())?.phase).toBe('accompanied');
    await badge.getByRole('button', { name: /Arrêter/ }).click();
    await expect.poll(async () => (await session())?.phase, { timeout: 5000 }).toBe('closing');
    expect((await session())?.stoppedBy).toBe('person');
    await expect.poll(() => badge.textContent(), { timeout: 5000 }).toContain('Session terminée');
    expect(await badge.textContent()).toContain('La session est arrêtée.');
    expect(await badge.getByRole('button').count()).toBe(0);
    await shot(caf, 'stopped');

    expect(await h.dumpStorage()).not.toContain('canary-Secret-4242');
    expect(h.consoleLines.join('\n')).not.toContain('canary-Secret-4242');
  }, 60_000);
});
