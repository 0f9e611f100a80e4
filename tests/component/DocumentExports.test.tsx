import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentToPrint } from '../../renderer/src/platform/Platform';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { fakePlatform, renderApp } from './renderApp';

async function openExports(platform = fakePlatform()) {
  const app = await renderApp({ platform, settings: { letterheadName: 'Sample Vocational College' } });
  await act(() => loadSampleEvent(app));
  location.hash = '#/exports';
  await screen.findByRole('heading', { level: 1, name: 'Import & export' });
  return app;
}

const printed = (platform: ReturnType<typeof fakePlatform>) =>
  (platform.printDocument as ReturnType<typeof vi.fn>).mock.calls.map(([doc]) => doc as DocumentToPrint);

describe('document exports', () => {
  it('prints the chosen meetings as one PDF with the letterhead and the partners’ names in their scripts', async () => {
    const platform = fakePlatform();
    await openExports(platform);
    const list = await screen.findByRole('group', { name: 'Meetings to include' });
    await userEvent.click(within(list).getByRole('checkbox', { name: /Signing of the Memorandum/ }));
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

  it('writes one file each into a chosen folder on the desktop', async () => {
    const platform = fakePlatform();
    await openExports(platform);
    await userEvent.click(await screen.findByRole('button', { name: 'One file each, into a folder' }));
    await waitFor(() => expect(platform.printDocumentInto).toHaveBeenCalledTimes(4));
    const names = (platform.printDocumentInto as ReturnType<typeof vi.fn>).mock.calls.map(
      (call) => call[1] as string,
    );
    expect(names).toContain('Minutes - Bilateral meeting with Pakpasak Technical College.pdf');
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(
        'Saved 4 files into /home/rep/Documents/Minutes.',
      ),
    );
  });

  it('leaves confidential meetings and notes out of a redacted copy', async () => {
    const platform = fakePlatform();
    const { repos, settings } = await openExports(platform);
    const [pakpasak] = await repos.organizations.search('pakpasak');
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
});
