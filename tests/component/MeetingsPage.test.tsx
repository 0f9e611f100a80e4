import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/domain/entities';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { renderApp } from './renderApp';

type Services = Awaited<ReturnType<typeof renderApp>>;

async function openList(seed?: (services: Services) => Promise<void>) {
  const services = await renderApp();
  const { eventId } = await loadSampleEvent(services);
  await seed?.(services);
  act(() => {
    location.hash = '#/meetings';
  });
  await screen.findByRole('heading', { level: 1, name: 'Meetings' }, { timeout: 5000 });
  return { ...services, eventId };
}

function meetingWithoutEvent(orgId: string, startsAt: number, title: string): Omit<Meeting, 'id'> {
  return {
    eventId: null,
    title,
    kind: 'courtesy-call',
    status: 'planned',
    startsAt,
    endsAt: startsAt + 3_600_000,
    location: '',
    counterpartOrgIds: [orgId],
    participantIds: [],
    agenda: '',
    minutes: '',
    outcomes: '',
    confidentiality: 'internal',
    tags: [],
  };
}

describe('the meetings list', () => {
  it("lists the current event's meetings newest first, in the event's zone, linking to each", async () => {
    const { repos, eventId } = await openList();
    const rows = await screen.findAllByRole('row');
    // A header row, then the four sample meetings.
    expect(rows).toHaveLength(5);
    const first = rows[1]!;
    const link = within(first).getByRole('link', { name: 'Bilateral meeting with Mahasarakham University' });
    const [newest] = await repos.meetings.forEventNewestFirst(eventId, 1);
    expect(link).toHaveAttribute('href', `#/meetings/${newest!.id}`);
    expect(within(first).getByText('Nov 22, 2024, 12:30–13:15 (GMT+8)')).toBeInTheDocument();
    expect(within(first).getByText('Mahasarakham University')).toBeInTheDocument();
    expect(within(first).getByText('Held')).toBeInTheDocument();
    expect(within(rows[4]!).getByRole('link')).toHaveTextContent(
      'Bilateral meeting with Prek Leap National Institute of Agriculture',
    );
  });

  it('shows meetings of every event, and those without one in this computer’s zone', async () => {
    const { repos } = await openList();
    const [org] = await repos.organizations.search('Pakpasak');
    await repos.meetings.create(meetingWithoutEvent(org!.id, Date.UTC(2025, 2, 3, 9), 'Visit to Vientiane'));
    expect(await screen.findAllByRole('row')).toHaveLength(5);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All events');
    const row = await screen.findByRole('row', { name: /Visit to Vientiane/ }, { timeout: 5000 });
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const time = new Intl.DateTimeFormat('en', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(within(row).getByText(new RegExp(time.format(Date.UTC(2025, 2, 3, 9))))).toBeInTheDocument();
    expect(within(row).getByText('Pakpasak Technical College')).toBeInTheDocument();
    expect(within(row).getByText('Planned')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(6);
  });

  it('pages with "Show more"', async () => {
    // Stored before the list opens, so it does not re-render fifty times.
    await openList(async ({ repos }) => {
      const [org] = await repos.organizations.search('Pakpasak');
      for (let i = 0; i < 50; i++)
        await repos.meetings.create(meetingWithoutEvent(org!.id, Date.UTC(2025, 0, 1, 0, i), `Call ${i}`));
    });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'All events');

    // Role queries over 50 rows are slow in jsdom, more so on a busy machine.
    expect(await screen.findByRole('link', { name: 'Call 49' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(51);
    expect(screen.queryByRole('link', { name: /Mahasarakham/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: /Mahasarakham/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(55);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
