import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meetingOutsideEvent, openExports, printed } from './documentExportsSetup';
import { fakePlatform } from './renderApp';

async function openMeetingOutsideEvent(platform = fakePlatform()) {
  const app = await openExports(platform);
  const meeting = await meetingOutsideEvent(app, {
    title: 'Visit to the Ministry of Education, Vientiane',
    startsAt: Date.UTC(2025, 2, 3, 9),
    endsAt: Date.UTC(2025, 2, 3, 10),
    minutes: 'Agreed on a teacher exchange.',
  });
  act(() => {
    location.hash = `#/meetings/${meeting.id}`;
  });
  await screen.findByRole('heading', { level: 1, name: meeting.title }, { timeout: 5000 });
  return { ...app, meeting };
}

describe('minutes from the meeting page', () => {
  it('prints the minutes of a meeting that belongs to no event, named after its title and day', async () => {
    const platform = fakePlatform();
    await openMeetingOutsideEvent(platform);
    await userEvent.click(screen.getByRole('button', { name: 'Minutes (PDF)' }));
    await waitFor(() =>
      expect(screen.getByTestId('minutes-status')).toHaveTextContent(
        'Saved /home/rep/Documents/minutes.pdf.',
      ),
    );
    const [doc] = printed(platform);
    expect(doc!.html).toContain('Visit to the Ministry of Education, Vientiane');
    expect(doc!.html).toContain('Sample Vocational College');
    expect(doc!.suggestedName).toMatch(
      /^Minutes - 2025-03-0[34] - Visit to the Ministry of Education, Vientiane\.pdf$/,
    );
  });

  it('includes what was typed a moment before, not yet autosaved', async () => {
    const platform = fakePlatform();
    await openMeetingOutsideEvent(platform);
    const minutes = screen.getByRole('textbox', { name: 'Minutes' });
    await userEvent.type(minutes, ' Both sides will sign in May.');
    await userEvent.click(screen.getByRole('button', { name: 'Minutes (PDF)' }));
    await waitFor(() => expect(printed(platform)).toHaveLength(1));
    expect(printed(platform)[0]!.html).toContain(
      'Agreed on a teacher exchange. Both sides will sign in May.',
    );
  });
});
