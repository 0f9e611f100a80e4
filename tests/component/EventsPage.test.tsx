import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { instantToZoned } from '../../shared/time/zonedTime';
import { renderApp } from './renderApp';

const NOW = Date.UTC(2026, 10, 28, 10);

async function openEvents(options: { sample?: boolean } = {}) {
  const app = await renderApp({ now: () => NOW });
  if (options.sample) await act(() => loadSampleEvent(app));
  await act(async () => {
    location.hash = '#/events';
  });
  await screen.findByRole('heading', { level: 1, name: 'Events' });
  return app;
}

/** Date and time inputs take their value in one change, as a browser's picker gives it. */
function setValue(element: HTMLElement, value: string) {
  fireEvent.change(element, { target: { value } });
}

async function openNewEvent() {
  await userEvent.click(screen.getByRole('button', { name: 'New event' }));
  return screen.findByRole('dialog', { name: 'New event' });
}

describe('the Events view', () => {
  it('explains an end before the start beside the field and keeps what was typed', async () => {
    const { repos } = await openEvents();
    const dialog = await openNewEvent();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Event name' }), 'ASEAN TVET Forum');
    setValue(within(dialog).getByLabelText('First day'), '2025-03-10');
    setValue(within(dialog).getByLabelText('Last day'), '2025-03-08');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create event' }));

    const lastDay = within(dialog).getByLabelText('Last day');
    expect(await within(dialog).findByText('The end is before the start.')).toBeInTheDocument();
    expect(lastDay).toHaveAttribute('aria-invalid', 'true');
    expect(lastDay).toHaveAccessibleDescription('The end is before the start.');
    expect(within(dialog).getByRole('textbox', { name: 'Event name' })).toHaveValue('ASEAN TVET Forum');
    expect(await repos.events.count()).toBe(0);
  });

  it('flags a time zone that was typed but not picked, and keeps the text', async () => {
    const { repos } = await openEvents();
    const dialog = await openNewEvent();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Event name' }), 'Forum');
    const zone = within(dialog).getByRole('combobox', { name: 'Time zone' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Mars/Olympus');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create event' }));
    expect(await within(dialog).findByText('Choose a time zone from the list.')).toBeInTheDocument();
    expect(zone).toHaveValue('Mars/Olympus');
    expect(await repos.events.count()).toBe(0);
  });

  it('creates an event in a zone found by searching, makes it current and opens it', async () => {
    const { repos, settings } = await openEvents();
    const dialog = await openNewEvent();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Event name' }),
      'Vientiane Skills Week',
    );
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'City' }), 'Vientiane');
    setValue(within(dialog).getByLabelText('First day'), '2025-05-12');
    setValue(within(dialog).getByLabelText('Last day'), '2025-05-14');
    const zone = within(dialog).getByRole('combobox', { name: 'Time zone' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'vienti');
    await userEvent.click(await within(dialog).findByRole('option', { name: /Asia\/Vientiane/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create event' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vientiane Skills Week' }),
    ).toBeInTheDocument();
    const [event] = await repos.events.list();
    expect(event).toMatchObject({
      name: 'Vientiane Skills Week',
      city: 'Vientiane',
      startDate: '2025-05-12',
      endDate: '2025-05-14',
      timeZone: 'Asia/Vientiane',
    });
    expect(settings.getState().currentEventId).toBe(event!.id);
    expect(location.hash).toBe(`#/events/${event!.id}`);
  });

  it('lists events newest first and makes another one current', async () => {
    const { repos, settings } = await openEvents({ sample: true });
    await act(() =>
      repos.events.create({
        name: 'Earlier forum',
        city: 'Phnom Penh',
        venue: '',
        startDate: '2023-06-01',
        endDate: '2023-06-02',
        timeZone: 'Asia/Phnom_Penh',
      }),
    );
    const list = await screen.findByRole('list', { name: 'All events' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('2024 World Vocational');
    expect(first).toHaveTextContent('Current event');
    expect(second).toHaveTextContent('Earlier forum');
    expect(second).toHaveTextContent('Jun 1 – 2, 2023');

    await userEvent.click(within(second!).getByRole('button', { name: 'Make current: Earlier forum' }));
    await waitFor(() => expect(within(second!).getByText('Current event')).toBeInTheDocument());
    expect(within(first!).getByRole('button', { name: /^Make current:/ })).toBeInTheDocument();
    const earlier = (await repos.events.list()).find((e) => e.name === 'Earlier forum')!;
    expect(settings.getState().currentEventId).toBe(earlier.id);
  });
});

describe('an event’s page', () => {
  async function openSampleEvent() {
    const app = await openEvents({ sample: true });
    await userEvent.click(
      await screen.findByRole('link', {
        name: '2024 World Vocational and Technical Education Development Conference',
      }),
    );
    await screen.findByRole('heading', { level: 2, name: 'Agenda' });
    return app;
  }

  it('groups the agenda by day in the event’s zone', async () => {
    await openSampleEvent();
    const thursday = screen.getByRole('list', { name: 'Sessions on Thursday, November 21, 2024' });
    expect(within(thursday).getAllByRole('listitem')).toHaveLength(4);
    expect(within(thursday).getAllByRole('listitem')[0]).toHaveTextContent(/09:00–10:30.*Opening Ceremony/);
    const friday = screen.getByRole('list', { name: 'Sessions on Friday, November 22, 2024' });
    expect(within(friday).getAllByRole('listitem')).toHaveLength(2);
  });

  it('adds a session in the event’s zone, explaining an end before the start first', async () => {
    const { repos, settings } = await openSampleEvent();
    await userEvent.click(screen.getByRole('button', { name: 'Add session' }));
    const dialog = await screen.findByRole('dialog', { name: 'New session' });
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Keynote speech');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Title' }),
      'Skills for a green economy',
    );
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Day' }),
      'Friday, November 22, 2024',
    );
    setValue(within(dialog).getByLabelText('Starts'), '10:00');
    setValue(within(dialog).getByLabelText('Ends'), '09:30');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Room' }), 'Hall C');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Wang Fang/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save session' }));

    expect(within(dialog).getByLabelText('Ends')).toHaveAccessibleDescription(
      expect.stringContaining('The end is before the start.'),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Skills for a green economy');

    setValue(within(dialog).getByLabelText('Ends'), '11:15');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save session' }));
    const friday = screen.getByRole('list', { name: 'Sessions on Friday, November 22, 2024' });
    const added = await within(friday).findByText('Skills for a green economy');
    expect(added.closest('li')).toHaveTextContent(/10:00–11:15.*Keynote speech.*Hall C.*Wang Fang/);

    const sessions = await repos.sessions.forEvent(settings.getState().currentEventId!);
    const session = sessions.find((s) => s.title === 'Skills for a green economy')!;
    expect(instantToZoned(session.startsAt, 'Asia/Shanghai')).toEqual({ date: '2024-11-22', time: '10:00' });
    expect(session).toMatchObject({ kind: 'keynote', room: 'Hall C' });
    expect(session.attendeeIds).toHaveLength(1);
  });

  it('edits a session, and deletes one only after confirming', async () => {
    const { repos, settings } = await openSampleEvent();
    await userEvent.click(screen.getByRole('button', { name: 'Edit: Keynote Speeches' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit session' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(within(dialog).getByLabelText('Starts')).toHaveValue('10:45');
    await userEvent.clear(title);
    await userEvent.type(title, 'Keynote: Skills for the future');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save session' }));
    expect(await screen.findByText('Keynote: Skills for the future')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Delete: Closing Ceremony' }));
    let confirm = await screen.findByRole('dialog', { name: 'Delete session' });
    expect(confirm).toHaveTextContent('Delete “Closing Ceremony”? This cannot be undone here.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Closing Ceremony')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Delete: Closing Ceremony' }));
    confirm = await screen.findByRole('dialog', { name: 'Delete session' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Closing Ceremony')).not.toBeInTheDocument());
    expect(await repos.sessions.forEvent(settings.getState().currentEventId!)).toHaveLength(5);
  });

  it('saves the event’s fields as typed, and keeps a bad last day with its message', async () => {
    const { repos, settings } = await openSampleEvent();
    const venue = screen.getByRole('textbox', { name: 'Venue' });
    await userEvent.clear(venue);
    await userEvent.type(venue, 'Meijiang Center, Hall 5');
    setValue(screen.getByLabelText('Last day'), '2024-11-20');
    expect(await screen.findByText('The end is before the start.')).toBeInTheDocument();
    expect(screen.getByLabelText('Last day')).toHaveValue('2024-11-20');

    const event = await repos.events.get(settings.getState().currentEventId!);
    expect(event).toMatchObject({ venue: 'Meijiang Center, Hall 5', endDate: '2024-11-22' });
    expect(
      within(screen.getByRole('region', { name: 'Event details' })).getByRole('status'),
    ).toHaveTextContent('Some changes are not saved: see the messages beside the fields.');
  });
});
