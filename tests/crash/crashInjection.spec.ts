/**
 * Crash injection: a persistent Chromium profile takes saves through the UI — bursts of quick captures
 * (Ctrl+N, a new partner, Enter, Enter) and minutes edits confirmed by the autosave "Saved" — and is
 * SIGKILLed at a random moment of each run. Each relaunch must reach the app (never the start-up error)
 * and hold every record whose save the UI had confirmed. One launch verifies run N and takes the writes
 * of run N+1. Two profiles ("lanes") run side by side, to use both cores while the other waits.
 * CRASH_RUNS sets the number of runs in all (200; `npm run test:crash:long` runs 2,000), CRASH_SEED
 * replays a logged seed.
 */
import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SetupPage } from '../e2e/pages/SetupPage';
import { killChromium, launchOnProfile } from './chromiumProcess';
import { ConfirmedRecords } from './confirmedRecords';
import { writeCrashResults, type LaneFigures } from './faultResults';
import { seededRandom } from './seededRandom';
import { appOpened, meetingIdOf, takeSaves } from './uiSaves';

const RUNS = Number(process.env['CRASH_RUNS'] ?? 200);
const LANES = 2;
const SEED = Number(process.env['CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
/** The kill lands this long at most after the app is ready: long enough for a few saves, or none. */
const MAX_KILL_DELAY_MS = 1_500;
const SAMPLE_MEETING = 'Bilateral meeting with Pakpasak Technical College';

test('every save the UI confirmed survives SIGKILL at a random moment, and the archive always opens', async ({
  baseURL,
}) => {
  test.setTimeout(120_000 + RUNS * 6_000);
  // The seed goes to the log before any run, so a failure can be replayed whatever happens next.
  process.stdout.write(
    `crash injection: ${RUNS} runs in ${LANES} lanes, seed ${SEED} (replay: CRASH_SEED=${SEED})\n`,
  );
  const started = performance.now();
  // allSettled: a lane that fails must not end the test while the other still has a browser to kill.
  const settled = await Promise.allSettled(
    Array.from({ length: LANES }, (_, lane) =>
      runLane(`${baseURL ?? ''}/`, Math.ceil((RUNS - lane) / LANES), SEED + lane),
    ),
  );
  const lanes = settled.map((lane) => {
    if (lane.status === 'rejected') throw lane.reason;
    return lane.value;
  });
  const seconds = (performance.now() - started) / 1000;
  const confirmed = lanes.reduce((sum, lane) => sum + lane.confirmed, 0);
  process.stdout.write(
    `crash injection: ${confirmed} confirmed records all present after every kill, ${seconds.toFixed(0)} s\n`,
  );
  writeCrashResults({ runs: RUNS, seed: SEED, seconds, lanes });
});

/** `runs` launches of one profile: each verifies what the previous one confirmed, then saves until killed. */
async function runLane(appUrl: string, runs: number, seed: number): Promise<LaneFigures> {
  const random = seededRandom(seed);
  const confirmed = new ConfirmedRecords();
  const profileDir = await mkdtemp(join(tmpdir(), 'liaison-crash-'));
  const figures: LaneFigures = { seed, runs, kills: 0, confirmed: 0, launchMs: 0, verifyMs: 0 };
  try {
    // The first launch sets the laptop up with the sample event (a bulk write), and is not killed.
    let { browser, page } = await launchOnProfile(profileDir, appUrl);
    await appOpened(page, false);
    const setup = new SetupPage(page);
    await setup.loadSample();
    await setup.chooseExisting('Li Wei');
    await setup.finish('Crash laptop');
    confirmed.meetingSaved(await meetingIdOf(page, SAMPLE_MEETING), SAMPLE_MEETING);
    await browser.close();
    await killChromium(profileDir);

    for (let run = 1; run <= runs; run++) {
      const launched = performance.now();
      ({ browser, page } = await launchOnProfile(profileDir, appUrl));
      await appOpened(page);
      const opened = performance.now();
      const missing = await confirmed.missingIn(page);
      expect(missing, `seed ${seed}, run ${run}: confirmed records lost`).toEqual([]);
      figures.launchMs += opened - launched;
      figures.verifyMs += performance.now() - opened;
      if (run === runs) break;

      const killAt = Math.floor(random() * MAX_KILL_DELAY_MS);
      const killed = new Promise((resolve) => setTimeout(resolve, killAt)).then(() =>
        killChromium(profileDir),
      );
      // The saves end when the kill pulls the browser from under them; their error is the kill's.
      await takeSaves(page, `${seed}-${run}`, random, confirmed).catch(() => undefined);
      await killed;
      figures.kills++;
    }
    await browser.close().catch(() => undefined);
  } finally {
    await killChromium(profileDir);
    await rm(profileDir, { recursive: true, force: true });
  }
  figures.confirmed = confirmed.count;
  return figures;
}
