import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { instantToZoned } from '../../shared/time/zonedTime';
import { renderApp } from './renderApp';

// 2024-11-21 10:52:40 in Tianjin: during the sample conference.
const NOW = Date.parse('2024-11-21T02:52:40Z');

async function setUp() {
  const app = await renderApp({ now: () => NOW });
  await act(() => loadSampleEvent(app));
  return app;
}

/** Counts key presses that are not letters of the typed name. */
function keystrokeCounter() {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await userEvent.keyboard(key);
    },
    get count() {
      return count;
    },
  };
}

describe('quick capture', () => {
  it('logs a meeting with an existing partner in two keystrokes after a few letters', async () => {
    const { repos, settings } = await setUp();
    await userEvent.keyboard('{Control>}n{/Control}');
    const counterpart = await screen.findByRole('combobox', { name: 'Counterpart organization' });
    expect(counterpart).toHaveFocus();
    const keys = keystrokeCounter();
    await userEvent.type(counterpart, 'prek');
    await keys.press('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Meeting with Prek Leap National Institute of Agriculture',
    );
    await keys.press('{Enter}');
    expect(keys.count).toBeLessThanOrEqual(10);

    await waitFor(async () => expect(await repos.meetings.count()).toBe(5));
    const [prekLeap] = await repos.organizations.startingWith('prek');
    const logged = (await repos.meetings.forOrganization(prekLeap!.id)).find((m) =>
      m.title.startsWith('Meeting with'),
    );
    expect(logged).toMatchObject({
      title: 'Meeting with Prek Leap National Institute of Agriculture',
      status: 'held',
      kind: 'bilateral',
    });
    expect(instantToZoned(logged!.startsAt, 'Asia/Shanghai')).toEqual({ date: '2024-11-21', time: '10:55' });
    expect(logged!.endsAt - logged!.startsAt).toBe(30 * 60_000);
    expect(logged!.participantIds).toEqual([settings.getState().selfPersonId]);
    expect(screen.getByTestId('quick-capture-status')).toHaveTextContent('Logged “Meeting with Prek Leap');
  });

  it('creates a new organization typed in Khmer, guessing Cambodia', async () => {
    const { repos } = await setUp();
    await userEvent.keyboard('{Control>}n{/Control}');
    const counterpart = await screen.findByRole('combobox', { name: 'Counterpart organization' });
    await userEvent.type(counterpart, 'សាកលវិទ្យាល័យភូមិន្ទ');
    expect(screen.getByRole('option', { name: 'Create “សាកលវិទ្យាល័យភូមិន្ទ”' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('KH');
    await userEvent.keyboard('{Enter}');
    await waitFor(async () => expect((await repos.organizations.startingWith('សាកល')).length).toBe(1));
    const [org] = await repos.organizations.startingWith('សាកល');
    expect(org).toMatchObject({ name: 'សាកលវិទ្យាល័យភូមិន្ទ', country: 'KH' });
    const [logged] = await repos.meetings.forOrganization(org!.id);
    expect(logged!.title).toBe('Meeting with សាកលវិទ្យាល័យភូមិន្ទ');
  });

  it('explains a missing counterpart beside the field and keeps the typed title', async () => {
    const { repos } = await setUp();
    await userEvent.keyboard('{Control>}n{/Control}');
    await screen.findByRole('combobox', { name: 'Counterpart organization' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Corridor chat{Enter}');
    expect(await screen.findByText('Choose at least one counterpart organization.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Corridor chat');
    expect(await repos.meetings.count()).toBe(4);
  });
});

describe('quick capture when the disk is full', () => {
  it('keeps the dialog open and says the meeting was not saved, instead of reporting it logged', async () => {
    const { repos } = await setUp();
    const full = new DOMException('The disk is full.', 'QuotaExceededError');
    repos.meetings.create = () => Promise.reject(full);
    await userEvent.keyboard('{Control>}n{/Control}');
    const counterpart = await screen.findByRole('combobox', { name: 'Counterpart organization' });
    await userEvent.type(counterpart, 'prek');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Log a meeting' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/^Not saved: .*The disk is full\.$/);
    expect(dialog).toBeVisible();
  });
});
