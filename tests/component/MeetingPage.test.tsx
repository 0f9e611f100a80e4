import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { renderApp } from './renderApp';

/** 10 December 2024: after the sample conference, when its first follow-up is overdue. */
const NOW = Date.UTC(2024, 11, 10, 2);

async function openSampleMeeting(index: number) {
  const services = await renderApp({ now: () => NOW });
  const { eventId } = await loadSampleEvent(services);
  const meetings = await services.repos.meetings.forEvent(eventId);
  const meeting = meetings[index]!;
  act(() => {
    location.hash = `#/meetings/${meeting.id}`;
  });
  // The first render of a test file also compiles the app, which takes a while on a busy machine.
  await screen.findByRole('heading', { level: 1, name: meeting.title }, { timeout: 5000 });
  return { ...services, meeting };
}

describe('the meeting editor', () => {
  it('stores typed minutes within a second and says so', async () => {
    const { repos, meeting } = await openSampleMeeting(0);
    const minutes = screen.getByRole('textbox', { name: 'Minutes' });
    await userEvent.clear(minutes);
    await userEvent.type(minutes, 'Both sides agreed to exchange teachers in 2025.');

    await waitFor(async () =>
      expect((await repos.meetings.get(meeting.id))?.minutes).toBe(
        'Both sides agreed to exchange teachers in 2025.',
      ),
    );
    expect(await screen.findByTestId('meeting-save-state')).toHaveTextContent('Saved');
  });

  it('shows an end before the start beside the End field, keeps it, and still saves the minutes', async () => {
    const { repos, meeting } = await openSampleMeeting(0);
    const end = screen.getByLabelText('End');
    expect(end).toHaveValue('13:00');
    fireEvent.change(end, { target: { value: '11:30' } });
    await userEvent.type(screen.getByRole('textbox', { name: 'Minutes' }), ' Next visit in March.');

    await waitFor(() => expect(end).toHaveAccessibleDescription(/The end is before the start\./));
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveValue('11:30');
    await waitFor(async () =>
      expect((await repos.meetings.get(meeting.id))?.minutes).toMatch(/Next visit in March\.$/),
    );
    expect((await repos.meetings.get(meeting.id))?.endsAt).toBe(meeting.endsAt);
    expect(screen.getByTestId('meeting-save-state')).toHaveTextContent(/Correct the marked fields/);

    fireEvent.change(end, { target: { value: '13:30' } });
    await waitFor(async () =>
      expect((await repos.meetings.get(meeting.id))?.endsAt).toBe(meeting.endsAt + 30 * 60_000),
    );
    expect(end).not.toHaveAttribute('aria-invalid');
  });

  it('asks for a counterpart when the last one is removed, and keeps the other edits', async () => {
    const { repos, meeting } = await openSampleMeeting(0);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove Prek Leap National Institute of Agriculture' }),
    );
    const title = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.type(title, ' on enrolment');

    expect(await screen.findByText('Choose at least one counterpart organization.')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await repos.meetings.get(meeting.id))?.title).toBe(`${meeting.title} on enrolment`),
    );
    expect((await repos.meetings.get(meeting.id))?.counterpartOrgIds).toEqual(meeting.counterpartOrgIds);
    expect(title).toHaveValue(`${meeting.title} on enrolment`);
  });

  it('keeps a space typed at the end of the title while the trimmed title saves', async () => {
    const { repos, meeting } = await openSampleMeeting(0);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Talks with ');
    await waitFor(async () => expect((await repos.meetings.get(meeting.id))?.title).toBe('Talks with'));
    expect(title).toHaveValue('Talks with ');
    await userEvent.type(title, 'Prek Leap');
    await waitFor(async () =>
      expect((await repos.meetings.get(meeting.id))?.title).toBe('Talks with Prek Leap'),
    );
  });

  it('shows participants of both sides with their titles', async () => {
    await openSampleMeeting(0);
    const ours = await screen.findByRole('list', { name: 'Our delegation' });
    expect(
      within(ours).getByText(/^Wang Fang — Dean, Craftsmanship Institute, Sample Vocational College$/),
    ).toBeInTheDocument();
    const theirs = await screen.findByRole('list', { name: 'Their participants' });
    expect(
      within(theirs).getByText(
        'Sok Dara — Director of Academic Affairs, Prek Leap National Institute of Agriculture',
      ),
    ).toBeInTheDocument();
  });

  it("lets me edit my own note and shows others' notes read-only", async () => {
    const services = await renderApp({ now: () => NOW });
    const { eventId } = await loadSampleEvent(services);
    const { repos, settings } = services;
    const meeting = (await repos.meetings.forEvent(eventId))[0]!;
    const wangFang = (await repos.people.startingWith('Wang Fang'))[0]!;
    await repos.notes.create({
      meetingId: meeting.id,
      authorId: wangFang.id,
      text: 'Sok Dara asked about dormitories.',
    });
    act(() => {
      location.hash = `#/meetings/${meeting.id}`;
    });

    const theirs = await screen.findByRole('article', { name: 'Notes by Wang Fang' }, { timeout: 5000 });
    expect(within(theirs).getByText('Sok Dara asked about dormitories.')).toBeInTheDocument();
    expect(within(theirs).queryByRole('textbox')).toBeNull();

    await userEvent.type(
      await screen.findByRole('textbox', { name: 'My notes' }),
      'Follow up on scholarships.',
    );
    const me = settings.getState().selfPersonId;
    await waitFor(async () => {
      const notes = await repos.notes.forMeeting(meeting.id);
      expect(notes.find((n) => n.authorId === me)?.text).toBe('Follow up on scholarships.');
    });
    expect(await repos.notes.forMeeting(meeting.id)).toHaveLength(2);
    expect(screen.getByTestId('note-save-state')).toHaveTextContent('Saved');
  });

  it('marks an overdue action item in words', async () => {
    await openSampleMeeting(1);
    const row = await screen.findByRole('row', { name: /Send the scanned signed Memorandum/ });
    expect(within(row).getByText('Overdue')).toBeInTheDocument();
    expect(within(row).getByText('Li Wei')).toBeInTheDocument();

    await userEvent.selectOptions(within(row).getByRole('combobox', { name: /^Status of/ }), 'Done');
    await waitFor(() => expect(within(row).queryByText('Overdue')).toBeNull());
  });

  it('adds an action item with an owner, refusing an empty title without losing the rest', async () => {
    const { repos, meeting } = await openSampleMeeting(0);
    expect(await screen.findByText('No action items yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add action item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New action item' });
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Owner' }), 'Zhang');
    await userEvent.click(await within(dialog).findByRole('option', { name: /Zhang Min/ }));
    fireEvent.change(within(dialog).getByLabelText('Due date'), { target: { value: '2024-12-01' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('This is required.')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Owner' })).toHaveValue('Zhang Min');

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'What needs doing' }), 'Send brochure');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const row = await screen.findByRole('row', { name: /Send brochure/ });
    expect(within(row).getByText('Zhang Min')).toBeInTheDocument();
    expect(within(row).getByText('Overdue')).toBeInTheDocument();
    const [item] = await repos.actionItems.forMeeting(meeting.id);
    expect(item).toMatchObject({ title: 'Send brochure', dueDate: '2024-12-01', status: 'open' });
  });

  it('gives focus back to the button that opened a dialog when it closes', async () => {
    await openSampleMeeting(0);
    const add = await screen.findByRole('button', { name: 'Add action item' });
    await userEvent.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'New action item' });
    expect(within(dialog).getByRole('textbox', { name: 'What needs doing' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New action item' })).toBeNull());
    expect(add).toHaveFocus();
  });

  it('deletes the meeting with its notes and action items after confirmation', async () => {
    const { repos, meeting } = await openSampleMeeting(1);
    await userEvent.type(await screen.findByRole('textbox', { name: 'My notes' }), 'x');
    await waitFor(async () => expect(await repos.notes.forMeeting(meeting.id)).toHaveLength(1));

    await userEvent.click(screen.getByRole('button', { name: 'Delete meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this meeting?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete meeting' }));

    await waitFor(() => expect(location.hash).toBe('#/meetings'));
    expect(await repos.meetings.get(meeting.id)).toBeUndefined();
    expect(await repos.notes.forMeeting(meeting.id)).toEqual([]);
    expect(await repos.actionItems.forMeeting(meeting.id)).toEqual([]);
  });
});
