/**
 * Two laptops with no network, as two persistent browser profiles, exchange sync bundle files in web mode
 * and converge: a meeting logged on one reaches the other, a minutes edit made on both becomes a
 * conflict, and its resolution on one laptop reaches the other with the next bundle.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, Profile, test } from './fixtures';
import { ConflictsPage } from './pages/ConflictsPage';
import { MeetingPage } from './pages/MeetingPage';
import { SetupPage } from './pages/SetupPage';
import { SyncPage } from './pages/SyncPage';

const MEETING = 'Bilateral meeting with Pakpasak Technical College';
const FROM_A = ' Laptop A: both sides will exchange two teachers in 2025.';
const FROM_B = ' ແລັບທັອບ B: ສອງຝ່າຍຈະແລກປ່ຽນຄູ — Laptop B: a visit in March.';

test('two laptops exchange bundles, and a minutes conflict resolved on one reaches the other', async ({
  profile,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const dirB = await mkdtemp(join(tmpdir(), 'liaison-e2e-'));
  const profileB = new Profile(dirB, baseURL ?? '');
  try {
    // Laptop A loads the sample event and sends everything to laptop B, which starts empty.
    const a = await profile.launch();
    await new SetupPage(a).setUp({ sample: true, laptop: 'Laptop A' });
    const syncA = await new SyncPage(a).go();
    const first = await syncA.exportChanges();
    expect(first.name).toMatch(/\.liaisonsync$/);
    await expect(syncA.bundleWaiting()).toHaveText('Records waiting since the last bundle: 0');

    const b = await profileB.launch();
    await new SetupPage(b).setUp({ me: 'Chen Jing', laptop: 'Laptop B' });
    const syncB = await new SyncPage(b).go();
    const summary = await syncB.importBundle(first);
    await expect(summary).toContainText('Imported the bundle from laptop “Laptop A”.');
    await expect(summary).toContainText(/Received: [1-9]/);
    const meetingB = await new MeetingPage(b).openFromList(MEETING);
    await expect(meetingB.minutes()).toHaveValue(/presented its plans for teacher development/);

    // Both laptops change the same minutes before they sync again.
    const meetingA = await new MeetingPage(a).openFromList(MEETING);
    await meetingA.appendToMinutes(FROM_A);
    await meetingA.expectSaved();
    await meetingB.appendToMinutes(FROM_B);
    await meetingB.expectSaved();

    // Bundles go both ways; each laptop keeps the text it lost as a conflict.
    const fromA = await (await new SyncPage(a).go()).exportChanges();
    const fromB = await (await new SyncPage(b).go()).exportChanges();
    await expect(await syncA.importBundle(fromB)).toContainText('Conflicts: 1');
    await syncA.status().getByRole('link', { name: 'Resolve the conflicts' }).click();
    const conflictsA = new ConflictsPage(a);
    await conflictsA.heading('Conflicts').waitFor();
    // Laptop B, too, keeps the text it lost: the same conflict, which the resolution must close there.
    await expect(await syncB.importBundle(fromA)).toContainText('Conflicts: 1');

    // Laptop A merges both texts by hand and sends the result.
    const detail = await conflictsA.openConflict(`Minutes of “${MEETING}”`);
    const current = (await conflictsA.version(detail, 'Current text').innerText()).trim();
    const other = (await conflictsA.version(detail, 'Other version').innerText()).trim();
    expect(`${current}\n${other}`).toContain(FROM_A.trim());
    expect(`${current}\n${other}`).toContain(FROM_B.trim());
    const merged = `Pakpasak Technical College presented its plans for teacher development.${FROM_A}${FROM_B}`;
    await conflictsA.mergeByHand(detail, merged);
    await expect(conflictsA.empty()).toBeVisible();
    const resolution = await (await new SyncPage(a).go()).exportChanges();

    // Laptop B takes the resolution: the merged minutes, and no conflict left open there either.
    await (await new SyncPage(b).go()).importBundle(resolution);
    const conflictsB = await new ConflictsPage(b).go();
    await expect(conflictsB.empty()).toBeVisible();
    const finalB = await new MeetingPage(b).openFromList(MEETING);
    await expect(finalB.minutes()).toHaveValue(merged);
    const finalA = await new MeetingPage(a).openFromList(MEETING);
    await expect(finalA.minutes()).toHaveValue(merged);

    expect(profile.problems).toEqual([]);
    expect(profileB.problems).toEqual([]);
  } finally {
    await profileB.close();
    await rm(dirB, { recursive: true, force: true });
  }
});
