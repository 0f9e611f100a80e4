import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/sync/change';
import { ChangeApplier } from '../../renderer/src/db/sync/ChangeApplier';
import { OutgoingChanges } from '../../renderer/src/db/sync/OutgoingChanges';
import type { ChangeCapture } from '../../renderer/src/db/ChangeCapture';
import type { LiaisonDatabase } from '../../renderer/src/db/LiaisonDatabase';
import type { Repositories } from '../../renderer/src/db/repositories/createRepositories';
import { createTestArchive } from '../support/testArchive';
import { renderApp } from './renderApp';

const TITLE = 'Bilateral with Prek Leap';
const OURS = 'ភាគីទាំងពីរបានព្រមព្រៀង — both sides agreed to exchange teachers.';
const THEIRS = '双方同意交换学生 <script>alert(1)</script> <img src=x onerror="alert(2)">';

interface Side {
  db: LiaisonDatabase;
  capture: ChangeCapture;
  repos: Repositories;
}

/** Everything in `from`'s outbox, merged into `to` by the sync merge. */
async function send(from: Side, to: Side) {
  const outgoing = new OutgoingChanges(from.db);
  const queue = await outgoing.queue({ after: 0, upTo: await outgoing.lastSeq() });
  const changes: Change[] = [];
  for await (const chunk of outgoing.changes(queue, 1000)) changes.push(...chunk.changes);
  await new ChangeApplier(to.db, to.capture, to.repos).apply(changes, 'bundle');
}

/**
 * The app (this laptop) and another laptop both rewrite a meeting's minutes before syncing; this laptop
 * writes last, so its text stays in the record and the other laptop's text becomes the conflict. One
 * clock drives both laptops, moved on by hand, so the order of the stamps is certain.
 */
async function openWithConflicts(options: Parameters<typeof renderApp>[0] = {}, titles = [TITLE]) {
  let clock = Date.UTC(2024, 10, 21, 9);
  const now = () => clock;
  const app = await renderApp({ now, ...options });
  const other = await createTestArchive({ now });
  const org = await app.repos.organizations.create({
    name: 'Prek Leap National Institute of Agriculture',
    nativeName: 'វិទ្យាស្ថានជាតិកសិកម្មព្រែកលៀប',
    country: 'KH',
    kind: 'college',
    website: '',
  });
  const meetings = [];
  for (const title of titles) {
    meetings.push(
      await app.repos.meetings.create({
        eventId: null,
        title,
        kind: 'bilateral',
        status: 'held',
        startsAt: Date.UTC(2024, 10, 21, 2),
        endsAt: Date.UTC(2024, 10, 21, 3),
        location: '',
        counterpartOrgIds: [org.id],
        participantIds: [],
        agenda: '',
        minutes: 'draft',
        outcomes: '',
        confidentiality: 'internal',
        tags: [],
      }),
    );
  }
  await send(app, other);
  clock += 60_000;
  for (const meeting of meetings) await other.repos.meetings.update(meeting.id, { minutes: THEIRS });
  clock += 60_000;
  for (const meeting of meetings) await app.repos.meetings.update(meeting.id, { minutes: OURS });
  await send(other, app);
  expect(await app.repos.conflicts.countOpen()).toBe(titles.length);
  act(() => {
    location.hash = '#/conflicts';
  });
  // The first render of a test file also compiles the app, which takes a while on a busy machine.
  await screen.findByRole(
    'heading',
    { level: 1, name: options.settings?.language === 'zh-CN' ? '冲突' : 'Conflicts' },
    { timeout: 5000 },
  );
  return { ...app, other, meetings, meeting: meetings[0]! };
}

const region = (name: string) => screen.getByRole('region', { name });

async function openConflict(title = TITLE) {
  await userEvent.click(await screen.findByRole('link', { name: `Minutes of “${title}”` }));
  return screen.findByRole('region', { name: `Minutes of “${title}”` });
}

describe('the conflicts view', { timeout: 15_000 }, () => {
  it('lists the conflict with its record, field and laptop, and shows both texts side by side as text', async () => {
    const { other } = await openWithConflicts();
    const item = (await screen.findByRole('link', { name: `Minutes of “${TITLE}”` })).closest('li')!;
    expect(item).toHaveTextContent(
      `Other version from another laptop (…${other.capture.deviceId.slice(-6)})`,
    );
    expect(item).toHaveTextContent('2024');

    await openConflict();
    expect(within(region('Current text')).getByText(OURS)).toBeVisible();
    expect(within(region('Current text')).getByText(/this laptop \(Test laptop\)/)).toBeVisible();
    const theirs = within(region('Other version')).getByText(THEIRS);
    expect(theirs.textContent).toBe(THEIRS);
    expect(document.querySelector('img, main script')).toBeNull();
  });

  it('takes the other version into the meeting, drops the conflict from the list and sends both changes', async () => {
    const { repos, db, meeting } = await openWithConflicts();
    const lastSeq = (await db.outbox.orderBy('seq').last())!.seq!;
    await openConflict();
    await userEvent.click(within(region('Other version')).getByRole('button', { name: 'Keep this version' }));

    expect(await screen.findByText(`Took the other version into “${TITLE}”.`)).toBeVisible();
    expect(screen.getByTestId('conflicts-status')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByTestId('conflicts-status')).toHaveTextContent(
      `Took the other version into “${TITLE}”.`,
    );
    expect((await repos.meetings.get(meeting.id))!.minutes).toBe(THEIRS);
    expect(await screen.findByText('No conflicts to resolve.')).toBeVisible();
    expect(screen.queryByRole('link', { name: `Minutes of “${TITLE}”` })).toBeNull();
    const sent = await db.outbox.where('seq').above(lastSeq).toArray();
    expect(sent).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'meetings', ids: [meeting.id], fields: ['minutes'] }),
        expect.objectContaining({ table: 'conflicts', fields: ['resolution'] }),
      ]),
    );
  });

  it('saves a text merged by hand from both versions', async () => {
    const { repos, meeting } = await openWithConflicts();
    await openConflict();
    await userEvent.click(screen.getByRole('button', { name: 'Merge by hand' }));
    const merged = screen.getByRole('textbox', { name: 'Merged text' });
    expect(merged).toHaveValue(`${OURS}\n\n${THEIRS}`);
    expect(merged).toHaveFocus();
    await userEvent.clear(merged);
    await userEvent.type(merged, 'Both: teachers and students will be exchanged.');
    await userEvent.click(screen.getByRole('button', { name: 'Save merged text' }));

    expect(await screen.findByText(`Saved the merged text of “${TITLE}”.`)).toBeVisible();
    expect((await repos.meetings.get(meeting.id))!.minutes).toBe(
      'Both: teachers and students will be exchanged.',
    );
    expect(await repos.conflicts.countOpen()).toBe(0);
  });

  it('says why a hand merge was not saved, and keeps the conflict open', async () => {
    const { repos, meeting } = await openWithConflicts();
    await openConflict();
    await userEvent.click(screen.getByRole('button', { name: 'Merge by hand' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Merged text' }), {
      target: { value: 'x'.repeat(200_001) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Save merged text' }));

    expect(await screen.findByText('Not saved: This is too long.')).toBeVisible();
    expect((await repos.meetings.get(meeting.id))!.minutes).toBe(OURS);
    expect(await repos.conflicts.countOpen()).toBe(1);
    expect(screen.getByRole('textbox', { name: 'Merged text' })).toBeVisible();
  });

  it('keeps the current text, leaving the meeting as it was and the conflict resolved', async () => {
    const { repos, meeting } = await openWithConflicts();
    const [conflict] = await repos.conflicts.open();
    await openConflict();
    await userEvent.click(within(region('Current text')).getByRole('button', { name: 'Keep this version' }));

    expect(await screen.findByText(`Kept the current text of “${TITLE}”.`)).toBeVisible();
    expect((await repos.meetings.get(meeting.id))!.minutes).toBe(OURS);
    expect(await repos.conflicts.get(conflict!.id)).toMatchObject({ resolution: 'kept-current' });
  });

  it('counts open conflicts beside Conflicts in the navigation, and shows no count when none are left', async () => {
    await openWithConflicts({}, [TITLE, 'Courtesy call on Pakpasak Technical College']);
    const nav = within(screen.getByRole('navigation', { name: 'Main' }));
    expect(await nav.findByRole('link', { name: 'Conflicts, 2 open' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await openConflict();
    await userEvent.click(within(region('Current text')).getByRole('button', { name: 'Keep this version' }));
    expect(await nav.findByRole('link', { name: 'Conflicts, 1 open' })).toBeVisible();
    await openConflict('Courtesy call on Pakpasak Technical College');
    await userEvent.click(within(region('Other version')).getByRole('button', { name: 'Keep this version' }));
    expect(await nav.findByRole('link', { name: 'Conflicts' })).toBeVisible();
    expect(screen.queryByTestId('open-conflicts')).toBeNull();
  });

  it('offers to copy or dismiss the text of a meeting deleted since', async () => {
    const user = userEvent.setup();
    const { repos, meeting } = await openWithConflicts();
    await repos.meetings.delete(meeting.id);
    await user.click(await screen.findByRole('link', { name: `Minutes of “${TITLE}”` }));
    expect(
      await screen.findByText(/This record was deleted after the other version was written/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Keep this version' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(await navigator.clipboard.readText()).toBe(THEIRS);
    expect(await screen.findByText('Text copied.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText(`Dismissed the conflict about “${TITLE}”.`)).toBeVisible();
    expect(await repos.conflicts.countOpen()).toBe(0);
  });

  it('links from the meeting to its conflict', async () => {
    const { meeting } = await openWithConflicts();
    act(() => {
      location.hash = `#/meetings/${meeting.id}`;
    });
    // The meeting page's editor loads its own modules on first use.
    const link = await screen.findByRole(
      'link',
      { name: 'This meeting has a text conflict' },
      { timeout: 5000 },
    );
    await userEvent.click(link);
    expect(await screen.findByRole('region', { name: `Minutes of “${TITLE}”` })).toBeVisible();
  });

  it('speaks Chinese', async () => {
    await openWithConflicts({ settings: { language: 'zh-CN' } });
    const nav = within(screen.getByRole('navigation', { name: /.+/ }));
    expect(nav.getByRole('link', { name: '冲突，1 个未解决' })).toBeVisible();
    await userEvent.click(await screen.findByRole('link', { name: `“${TITLE}”的纪要` }));
    expect(await screen.findByRole('region', { name: '当前文字' })).toBeVisible();
    expect(within(region('另一版本')).getByRole('button', { name: '保留此版本' })).toBeVisible();
    expect(screen.getByRole('button', { name: '手动合并' })).toBeVisible();
  });
});
