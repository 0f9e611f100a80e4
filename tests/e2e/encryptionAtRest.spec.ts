/**
 * The encryption-at-rest canary. On a fresh archive, encryption is turned on first (values written before
 * it may linger in LevelDB until compaction: docs/encryption-at-rest.md). Then unique markers go through
 * the UI into every sealed field (ENCRYPTED_FIELDS): a meeting's agenda, minutes and outcomes, a note, a
 * person's notes, an agreement's scope, an attachment's bytes, the last copy a tombstone keeps of a deleted
 * meeting, and the text of a conflict made by two laptops exchanging bundles. An encrypted bundle is
 * exported. With the browser closed, the whole profile and the bundle are searched byte by byte: no
 * marker may appear, in any encoding. Reopened and unlocked, search and the meeting still show them.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { writeFaultResults } from '../crash/faultResults';
import { plaintextHits, type PlaintextHit } from '../support/plaintextHits';
import { expect, Profile, test } from './fixtures';
import { AgreementsPage } from './pages/AgreementsPage';
import { AppPage } from './pages/AppPage';
import { CommandPalette } from './pages/CommandPalette';
import { ConflictsPage } from './pages/ConflictsPage';
import { MeetingPage } from './pages/MeetingPage';
import { PeoplePage } from './pages/PeoplePage';
import { SecuritySettings } from './pages/SecuritySettings';
import { SetupPage } from './pages/SetupPage';
import { SyncPage } from './pages/SyncPage';

const PASSPHRASE = 'violet tractor harbour lantern';
const SYNC_PASSPHRASE = 'mekong delta bundle 2024';
const PAKPASAK = 'Bilateral meeting with Pakpasak Technical College';
const MAHASARAKHAM = 'Bilateral meeting with Mahasarakham University';
const PREK_LEAP = 'Bilateral meeting with Prek Leap National Institute of Agriculture';
const MOA =
  'Memorandum of Agreement on enrolling students for academic programs at the Craftsmanship Institute';

/** A word found nowhere else: its own random tail, so no two markers share more than their label. */
const unique = (label: string) => `${label}${randomBytes(6).toString('hex')}`;

const MARKERS = {
  agenda: unique('agendaqv'),
  /** Also the word the palette must find after unlocking. */
  minutes: unique('minutesqv'),
  // Text with Chinese in it is stored as UTF-16 by Chromium's serializer, the rest as Latin-1.
  minutesChinese: `双方同意互派教师${unique('qv')}`,
  outcomes: unique('outcomesqv'),
  note: unique('noteqv'),
  personNotes: unique('personqv'),
  scope: unique('scopeqv'),
  attachment: unique('attachmentqv'),
  tombstone: unique('deletedqv'),
  conflictHere: unique('herequ'),
  conflictThere: unique('therequ'),
  /** Typed into the palette: a search for a confidential word must not stay behind either. */
  searchQuery: unique('queryqv'),
};
/** Written in clear by design (a meeting's location): proves the search sees what IndexedDB stores. */
const CLEAR_CONTROL = unique('locationqv');
/** The laptop's name, which a bundle's plain header carries: proves the search reads the bundle's entries. */
const LAPTOP = unique('Canary laptop ');

const whereFound = (hit: PlaintextHit, root: string) =>
  `${hit.secret} (${hit.encoding}) in ${relative(root, hit.file) || hit.file} at byte ${hit.offset}`;

test('nothing written after encryption at rest is on reaches the profile or a bundle in clear, and unlocking brings it all back', async ({
  profile,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const started = performance.now();
  const dirB = await mkdtemp(join(tmpdir(), 'liaison-e2e-'));
  const laptopB = new Profile(dirB, baseURL ?? '');
  // What the searches found, for docs/reliability.md; written when the test ends, passed or not.
  const figures: Record<string, string | number> = {};
  let passed = false;
  try {
    // Laptop A: set up, then encryption on before anything confidential is written.
    const a = await profile.launch();
    await new SetupPage(a).setUp({ me: 'Li Wei', laptop: LAPTOP });
    await (await new SecuritySettings(a).go()).turnOnEncryption(PASSPHRASE);
    await new SetupPage(a).loadSample();

    // A bundle leaves an encrypted archive only encrypted; laptop B gets the sample that way.
    const syncA = await new SyncPage(a).go();
    await expect(syncA.bundle.getByRole('button', { name: 'Export everything' })).toBeDisabled();
    await syncA.passphrase().fill(SYNC_PASSPHRASE);
    const toB = await syncA.exportEverything();
    const b = await laptopB.launch();
    await new SetupPage(b).setUp({ me: 'Chen Jing', laptop: 'Laptop B' });
    await (await new SyncPage(b).go()).importBundle(toB, SYNC_PASSPHRASE);

    // A meeting's agenda, minutes, outcomes, my note and an attachment.
    const meeting = await new MeetingPage(a).openFromList(PAKPASAK);
    await meeting.location().fill(CLEAR_CONTROL);
    await meeting.agenda().fill(MARKERS.agenda);
    await meeting.minutes().fill(`${MARKERS.minutes} ${MARKERS.minutesChinese}`);
    await meeting.outcomes().fill(MARKERS.outcomes);
    await meeting.expectSaved();
    await meeting.myNotes().fill(MARKERS.note);
    await meeting.expectNoteSaved();
    const briefing = Buffer.from(`Briefing for the visit: ${MARKERS.attachment}\n`);
    await meeting.addAttachments([{ name: 'briefing.txt', mimeType: 'text/plain', buffer: briefing }]);
    await meeting.expectAttached('briefing.txt');

    // A person's notes and an agreement's scope.
    const person = await new PeoplePage(a).openPerson('Sok Dara');
    await person.notes().fill(MARKERS.personNotes);
    await person.expectSaved();
    const agreement = new AgreementsPage(a);
    await agreement.openAgreement(MOA);
    await agreement.scope().fill(MARKERS.scope);
    await agreement.expectSaved();

    // A deleted meeting: its tombstone keeps the last copy of its minutes.
    const doomed = await new MeetingPage(a).openFromList(MAHASARAKHAM);
    await doomed.minutes().fill(MARKERS.tombstone);
    await doomed.expectSaved();
    await doomed.deleteMeeting();

    // Both laptops rewrite the same minutes; laptop B's bundle makes a conflict on laptop A.
    const here = await new MeetingPage(a).openFromList(PREK_LEAP);
    await here.minutes().fill(MARKERS.conflictHere);
    await here.expectSaved();
    const there = await new MeetingPage(b).openFromList(PREK_LEAP);
    await there.minutes().fill(MARKERS.conflictThere);
    await there.expectSaved();
    const fromB = await (await new SyncPage(b).go()).exportChanges();
    await laptopB.close();
    await expect(await (await new SyncPage(a).go()).importBundle(fromB)).toContainText('Conflicts: 1');

    // The encrypted bundle of everything, kept beside the test's results.
    await syncA.passphrase().fill(SYNC_PASSPHRASE);
    const bundle = await syncA.exportEverything();
    const bundlePath = testInfo.outputPath('canary.liaisonsync');
    await writeFile(bundlePath, bundle.buffer);
    // Its entries unpacked as well: a deflated entry would hide clear text from a search of the zip.
    const entriesDir = testInfo.outputPath('canary-entries');
    for (const [name, content] of Object.entries(unzipSync(bundle.buffer))) {
      await mkdir(dirname(join(entriesDir, name)), { recursive: true });
      await writeFile(join(entriesDir, name), content);
    }
    // A search typed into the palette, last, so that nothing after it could push it out of a file.
    const palette = new CommandPalette(a);
    await palette.open();
    await palette.search(MARKERS.searchQuery);
    await a.keyboard.press('Escape');
    expect(profile.problems).toEqual([]);
    await profile.close();

    // Byte by byte, with the browser closed: the profile and the bundle.
    const secrets = [...Object.values(MARKERS), PASSPHRASE, SYNC_PASSPHRASE];
    const searched = await plaintextHits([profile.dir, bundlePath, entriesDir], secrets);
    // The controls: text stored in clear by design is found, so the search sees what is on disk.
    const control = await plaintextHits([profile.dir], [CLEAR_CONTROL]);
    const laptopInBundle = await plaintextHits([entriesDir], [LAPTOP]);
    Object.assign(figures, {
      markers: Object.keys(MARKERS).length,
      secretsSearched: secrets.length,
      filesSearched: searched.files,
      bytesSearched: searched.bytes,
      encodings: searched.encodings.join(', '),
      hits: searched.hits.length,
      clearControlHits: control.hits.length,
      laptopNameHitsInBundleEntries: laptopInBundle.hits.length,
    });
    expect(searched.files).toBeGreaterThan(10);
    expect(searched.hits.map((hit) => whereFound(hit, profile.dir))).toEqual([]);
    expect(control.hits.length).toBeGreaterThan(0);
    testInfo.annotations.push({
      type: 'searched',
      description: `${searched.files} files, ${searched.bytes} bytes; the clear control was found in ${control.hits
        .map((hit) => relative(profile.dir, hit.file))
        .join(', ')}`,
    });
    expect(laptopInBundle.hits.length).toBeGreaterThan(0);

    // Reopened: locked until the passphrase is given; then search and every field are back.
    const again = await profile.launch();
    await new AppPage(again).open();
    await new SecuritySettings(again).unlock(PASSPHRASE);
    const search = new CommandPalette(again);
    await search.open();
    await search.search(MARKERS.minutes);
    await expect(search.option(new RegExp(`Meeting ${PAKPASAK}`))).toBeVisible();
    await again.keyboard.press('Enter');
    const reopened = new MeetingPage(again);
    await expect(reopened.heading(PAKPASAK)).toBeVisible();
    await expect(reopened.minutes()).toHaveValue(`${MARKERS.minutes} ${MARKERS.minutesChinese}`);
    await expect(reopened.agenda()).toHaveValue(MARKERS.agenda);
    await expect(reopened.outcomes()).toHaveValue(MARKERS.outcomes);
    await expect(reopened.myNotes()).toHaveValue(MARKERS.note);
    await expect(reopened.attachments().getByText('briefing.txt', { exact: true })).toBeVisible();
    await expect((await new PeoplePage(again).openPerson('Sok Dara')).notes()).toHaveValue(
      MARKERS.personNotes,
    );
    const agreementAgain = new AgreementsPage(again);
    await agreementAgain.openAgreement(MOA);
    await expect(agreementAgain.scope()).toHaveValue(MARKERS.scope);
    await new ConflictsPage(again).go();
    await expect(again.getByRole('link', { name: `Minutes of “${PREK_LEAP}”` })).toBeVisible();
    expect(profile.problems).toEqual([]);
    passed = true;
  } finally {
    await laptopB.close();
    await rm(dirB, { recursive: true, force: true });
    writeFaultResults('encryptionAtRest', 'tests/e2e/encryptionAtRest.spec.ts', [
      {
        area: 'Nothing leaked',
        target: 'Encryption at rest: the closed Chromium profile and an encrypted bundle (web mode)',
        kind: 'check',
        name: 'no marker typed into a sealed field or the search, and neither passphrase, is in the profile or the bundle in clear; unlocking brings every field back',
        runs: 1,
        outcome: passed ? 'passed' : 'failed',
        ms: Math.round(performance.now() - started),
        details: figures,
      },
    ]);
  }
});
