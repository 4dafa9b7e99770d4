// The answer page in a real browser: headless Chromium opens a client's page on a running Pols, taps "4",
// confirms, sees the thank-you and the answer among the latest answers; Postgres holds the answer (web).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerPageToken, linkSettingsOf } from '../../src/app/answer-links/link-settings.js';
import { answers, checkins } from '../../src/db/schema/index.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueEmail, waitFor } from '../support/harness.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`e2e skipped: ${CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium; .ci/run does)`);

(hasChromium ? describe : describe.skip)('answer page in Chromium', () => {
  let pols: Pols;
  let browser: BrowserContext;
  let origin: string;
  let profileDir: string;

  beforeAll(async () => {
    pols = await startPols();
    await pols.runtime.app!.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(pols.runtime.app!.server.address() as { port: number }).port}`;
    profileDir = mkdtempSync(join(tmpdir(), 'pols-chromium-'));
    // A fresh profile per run (Playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await pols?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('answers the open question with one tap and a confirmation, and shows it among the latest answers', async () => {
    const coach = await createCoach(pols, 'Sanne');
    const key = await createScaleQuestion(pols);
    const client = await createClient(pols, { firstName: 'Nicole', email: uniqueEmail('nicole'), coachId: coach.id, consent: { email: true } });
    const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
    const checkinId = asked.json().id as string;
    await waitFor(async () => (await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, checkinId)))[0]?.state === 'open', 'the check-in open');

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    const token = answerPageToken(linkSettingsOf(pols.runtime.ctx.config), client.id, new Date());
    await page.goto(`${origin}/p/${token}`);

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Hallo Nicole');
    await expect(page.getByText('Hoe gaat het met je? Antwoord met een cijfer van 1 tot 5.').isVisible()).resolves.toBe(true);
    // This browser can do push, so the page offers notifications (subscribing itself needs a real push service).
    await expect(page.getByRole('button', { name: 'Meldingen aanzetten' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '4', exact: true }).click();
    // The inline confirmation, before anything is sent.
    await page.getByText('Klopt dit?').waitFor();
    await expect(page.locator('[data-confirm-label]').textContent()).resolves.toBe('4');
    expect(await pols.runtime.ctx.db.select().from(answers).where(eq(answers.clientId, client.id))).toEqual([]);

    await Promise.all([page.waitForURL(/\?saved=1#antwoorden$/), page.getByRole('button', { name: 'Ja, verstuur' }).click()]);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Dank je wel! Je antwoord is opgeslagen. Sanne (je coach) leest het.');
    await expect(page.locator('#antwoorden .said').allTextContents()).resolves.toEqual(['4']);

    const stored = await pols.runtime.ctx.db.select().from(answers).where(eq(answers.clientId, client.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'web', rawText: '4', value: 4, checkinId });

    // Installable: the service worker controls the answer pages.
    // A string expression: it runs in the page, and this project's TypeScript has no DOM types.
    const scope = await page.evaluate<string>('navigator.serviceWorker.ready.then((registration) => registration.scope)');
    expect(scope).toBe(`${origin}/p/`);
    expect(problems).toEqual([]);
  });
});
