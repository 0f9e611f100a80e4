import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { renderApp } from './renderApp';

const NOW = Date.UTC(2026, 0, 15, 3); // 15 January 2026
const SEND_MOA = 'Send the scanned signed Memorandum of Agreement to Prek Leap';
const BROCHURE = 'Share the programme brochure with Pakpasak Technical College';
const WORKSHOP = 'Propose dates for a joint workshop to Mahasarakham University';

async function openFollowUps(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({ now: () => NOW, ...options });
  await loadSampleEvent(app);
  const item = (title: string, dueDate: string | null, status: 'open' | 'done' = 'open') =>
    app.repos.actionItems.create({
      title,
      meetingId: null,
      agreementId: null,
      ownerId: null,
      dueDate,
      status,
    });
  await item('Book the return visit', null);
  await item('Send the visit programme', '2026-03-01');
  await item('Thank the hosts', '2025-12-01', 'done');
  location.hash = '#/follow-ups';
  // The first render of a run loads the app's modules; allow for it.
  await screen.findByText(SEND_MOA, {}, { timeout: 5000 });
  return app;
}

const rowOf = (title: string) => screen.getByText(title).closest<HTMLElement>('[role="row"]')!;
const titles = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.querySelector('span')!.textContent);

// Typing re-renders forms with a 250-country select, which jsdom takes its time over on a busy machine.
const SLOW = { timeout: 15_000 };

describe('the follow-ups', SLOW, () => {
  it('lists open items first, then in progress, then done, each soonest due first and undated last, with owner, status and source', async () => {
    await openFollowUps();
    expect(titles()).toEqual([
      SEND_MOA,
      WORKSHOP,
      'Send the visit programme',
      'Book the return visit',
      BROCHURE,
      'Thank the hosts',
    ]);
    const send = within(rowOf(SEND_MOA));
    expect(send.getByRole('link', { name: 'Li Wei' })).toBeVisible();
    expect(send.getByText('Nov 29, 2024')).toBeVisible();
    expect(send.getByRole('combobox', { name: `Status of “${SEND_MOA}”` })).toHaveValue('open');
    expect(
      send.getByRole('link', { name: 'Signing of the Memorandum of Agreement with Prek Leap' }),
    ).toHaveAttribute('href', expect.stringMatching(/^#\/meetings\//));
    expect(send.getByRole('link', { name: /^Memorandum of Agreement on enrolling/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/agreements\//),
    );
    expect(within(rowOf('Book the return visit')).getByText('No due date')).toBeVisible();
    expect(within(rowOf('Book the return visit')).getByText('Nobody yet')).toBeVisible();
  });

  it('marks overdue items in words, open or in progress only', async () => {
    await openFollowUps();
    for (const title of [SEND_MOA, BROCHURE, WORKSHOP]) {
      expect(rowOf(title)).toHaveTextContent('Overdue');
      expect(rowOf(title)).toHaveClass('overdue');
    }
    // Done, due in the future, or undated: not overdue.
    for (const title of ['Thank the hosts', 'Send the visit programme', 'Book the return visit']) {
      expect(rowOf(title)).not.toHaveTextContent('Overdue');
      expect(rowOf(title)).not.toHaveClass('overdue');
    }
  });

  it('drops the overdue marker once the item is done', async () => {
    const user = userEvent.setup();
    const { repos } = await openFollowUps();
    await user.selectOptions(screen.getByRole('combobox', { name: `Status of “${SEND_MOA}”` }), 'Done');
    await waitFor(() => expect(rowOf(SEND_MOA)).not.toHaveTextContent('Overdue'));
    const done = await repos.actionItems.page({ ownerId: null, status: 'done' });
    expect(done.map((i) => i.title)).toContain(SEND_MOA);
    // Settled, it moves below every outstanding item, among the done ones by its due date.
    await waitFor(() =>
      expect(titles()).toEqual([
        WORKSHOP,
        'Send the visit programme',
        'Book the return visit',
        BROCHURE,
        SEND_MOA,
        'Thank the hosts',
      ]),
    );
  });

  it('filters by status and by owner', async () => {
    const user = userEvent.setup();
    await openFollowUps();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'In progress');
    await waitFor(() => expect(titles()).toEqual([BROCHURE]));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(titles()).toHaveLength(6));

    await user.type(screen.getByRole('combobox', { name: 'Owner' }), 'wang');
    await user.click(await screen.findByRole('option', { name: /Wang Fang/ }));
    await waitFor(() => expect(titles()).toEqual([WORKSHOP]));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Open');
    await waitFor(() => expect(titles()).toEqual([WORKSHOP]));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Done');
    expect(await screen.findByText('No follow-up matches these filters.')).toBeVisible();
  });

  it('says overdue in Chinese', async () => {
    await openFollowUps({ settings: { language: 'zh-CN' } });
    expect(screen.getByRole('heading', { level: 1, name: '后续事项' })).toBeVisible();
    expect(rowOf(SEND_MOA)).toHaveTextContent('已逾期');
  });
});
