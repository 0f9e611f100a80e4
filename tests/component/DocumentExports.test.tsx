import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { meetingOutsideEvent, openExports, printed } from './documentExportsSetup';
import { fakePlatform } from './renderApp';

describe('document exports', () => {
  it('prints the chosen meetings as one PDF with the letterhead and the partners’ names in their scripts', async () => {
    const platform = fakePlatform();
    await openExports(platform);
    const list = await screen.findByRole('group', { name: 'Meetings to include' });
    await userEvent.click(await within(list).findByRole('checkbox', { name: /Signing of the Memorandum/ }));
    await userEvent.click(screen.getByRole('button', { name: 'One PDF' }));
    await waitFor(() => expect(printed(platform)).toHaveLength(1));
    const [doc] = printed(platform);
    expect(doc!.suggestedName).toMatch(/^Minutes - 2024 World Vocational.*\.pdf$/);
    expect(doc!.html).toContain('Sample Vocational College');
    expect(doc!.html).toContain('ວິທະຍາໄລເຕັກນິກປາກປ່າສັກ');
    expect(doc!.html).toContain('href="http://localhost/print-assets/print/print.css"');
    expect(doc!.html).not.toContain('Signing of the Memorandum');
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(
        'Saved /home/rep/Documents/minutes.pdf.',
      ),
    );
  });

  it('leaves confidential meetings and notes out of a redacted copy', async () => {
    const platform = fakePlatform();
    const { repos, settings } = await openExports(platform);
    const [pakpasak] = await repos.organizations.startingWith('pakpasak');
    const [meeting] = await repos.meetings.forOrganization(pakpasak!.id);
    await act(async () => {
      await repos.meetings.update(meeting!.id, {
        confidentiality: 'confidential',
        minutes: 'SECRET-BUDGET-FIGURES',
      });
      await repos.notes.create({
        meetingId: (await repos.meetings.recent(1))[0]!.id,
        authorId: settings.getState().selfPersonId!,
        text: 'PRIVATE-NOTE',
      });
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: /Redacted copy/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Create report' }));
    await waitFor(() => expect(printed(platform)).toHaveLength(1));
    const [doc] = printed(platform);
    expect(doc!.html).toContain('Delegation report');
    expect(doc!.html).not.toContain('SECRET-BUDGET-FIGURES');
    expect(doc!.html).not.toContain('PRIVATE-NOTE');
    expect(doc!.html).toContain('Redacted: confidential meetings and personal notes are left out.');
  });

  it('prints the report in Simplified Chinese with a drafted summary', async () => {
    const platform = fakePlatform();
    await openExports(platform);
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Document language' }),
      '简体中文',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create report' }));
    await waitFor(() => expect(printed(platform)).toHaveLength(1));
    const [doc] = printed(platform);
    expect(doc!.html).toContain('<html lang="zh-CN">');
    expect(doc!.html).toMatch(/我方代表会见了来自3 个国家和地区的3 个合作伙伴/);
    expect(doc!.suggestedName).toMatch(/^代表团报告 - /);
  });

  it('says why a document could not be made, and can print again', async () => {
    const platform = fakePlatform({
      printDocument: vi.fn(() => Promise.reject(new Error('There is not enough free space'))),
    });
    await openExports(platform);
    await userEvent.click(await screen.findByRole('button', { name: 'Create register' }));
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(
        'Could not create the document: There is not enough free space',
      ),
    );
    expect(screen.getByRole('button', { name: 'Create register' })).toBeEnabled();
  });

  it(
    'lets minutes be chosen from all meetings, including one that belongs to no event',
    { timeout: 20_000 },
    async () => {
      const platform = fakePlatform();
      const app = await openExports(platform);
      await meetingOutsideEvent(app, {
        title: 'Call with the ministry',
        startsAt: Date.UTC(2025, 2, 3, 9),
        endsAt: Date.UTC(2025, 2, 3, 10),
        minutes: 'MINISTRY-CALL-MINUTES',
      });
      await userEvent.selectOptions(
        await screen.findByRole('combobox', { name: 'Meetings from' }),
        'All meetings, also those outside an event',
      );
      const list = await screen.findByRole('group', { name: 'Meetings to include' });
      const call = await within(list).findByRole('checkbox', { name: /Call with the ministry .* no event/ });
      // From all meetings nothing is chosen until the user picks.
      expect(call).not.toBeChecked();
      expect(screen.getByRole('button', { name: 'One PDF' })).toBeDisabled();
      await userEvent.click(call);
      expect(screen.getByText('1 of 5 meetings chosen (5 shown).')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'One PDF' }));
      await waitFor(() => expect(printed(platform)).toHaveLength(1));
      const [doc] = printed(platform);
      expect(doc!.html).toContain('MINISTRY-CALL-MINUTES');
      expect(doc!.html).not.toContain('Bilateral meeting with Mahasarakham University');
      expect(doc!.suggestedName).toMatch(/^Minutes - 2025-03-0[34] - Call with the ministry\.pdf$/);
    },
  );

  it('shows an event’s meetings a page at a time, and prints all of them, shown or not', async () => {
    const platform = fakePlatform();
    await openExports(platform, async (app) => {
      const eventId = app.settings.getState().currentEventId!;
      const [template] = await app.repos.meetings.forEvent(eventId, 0, Number.MAX_SAFE_INTEGER, 1);
      for (let i = 0; i < 50; i++) {
        const startsAt = Date.UTC(2024, 10, 23, 1, i);
        await app.repos.meetings.create({
          ...template!,
          id: undefined,
          title: `Follow-up call ${String(i + 1).padStart(3, '0')}`,
          startsAt,
          endsAt: startsAt + 60_000,
        });
      }
    });
    const list = await screen.findByRole('group', { name: 'Meetings to include' });
    await within(list).findByRole('checkbox', { name: /Follow-up call 046/ });
    expect(within(list).getAllByRole('checkbox')).toHaveLength(50);
    expect(within(list).queryByRole('checkbox', { name: /Follow-up call 050/ })).toBeNull();
    expect(screen.getByText('54 of 54 meetings chosen (50 shown).')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'One PDF' }));
    await waitFor(() => expect(printed(platform)).toHaveLength(1), { timeout: 30_000 });
    expect(printed(platform)[0]!.html).toContain('Follow-up call 050');

    await userEvent.click(within(list).getByRole('button', { name: 'Show more meetings' }));
    expect(await within(list).findByRole('checkbox', { name: /Follow-up call 050/ })).toBeChecked();
    expect(within(list).queryByRole('button', { name: 'Show more meetings' })).toBeNull();
  }, 60_000);
});
