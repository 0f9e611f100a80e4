import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { numberedFileName } from '../../shared/files/portableFileName';
import { askedNames, openExports, type App } from './documentExportsSetup';
import { fakePlatform } from './renderApp';

const FOLDER = '/home/rep/Documents/Minutes';
const PAKPASAK = 'Minutes - 2024-11-21 - Bilateral meeting with Pakpasak Technical College.pdf';

/** A folder as main keeps it: a taken name (ignoring case) is never replaced but numbered. */
function folderHolding(...existing: string[]) {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  return vi.fn((folder: string, fileName: string) => {
    let name = fileName;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = numberedFileName(fileName, n);
    taken.add(name.toLowerCase());
    return Promise.resolve(`${folder}/${name}`);
  });
}

async function retitle(app: App, from: RegExp, title: string) {
  const meetings = await app.repos.meetings.recent(10);
  await act(() => app.repos.meetings.update(meetings.find((m) => from.test(m.title))!.id, { title }));
}

async function exportEach() {
  await userEvent.click(await screen.findByRole('button', { name: 'One file each, into a folder' }));
}

describe('minutes as one file each into a folder', () => {
  it('names each file after its meeting and day, and says how many were saved', async () => {
    const platform = fakePlatform();
    await openExports(platform);
    await exportEach();
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(`Saved 4 files into ${FOLDER}.`),
    );
    expect(askedNames(platform)).toEqual([
      'Minutes - 2024-11-21 - Bilateral meeting with Prek Leap National Institute of Agriculture.pdf',
      'Minutes - 2024-11-21 - Signing of the Memorandum of Agreement with Prek Leap.pdf',
      PAKPASAK,
      'Minutes - 2024-11-22 - Bilateral meeting with Mahasarakham University.pdf',
    ]);
  });

  it('gives meetings of one day with the same title, in any case, a file each', async () => {
    const platform = fakePlatform({ printDocumentInto: folderHolding() });
    const app = await openExports(platform);
    await retitle(app, /^Signing/, 'Bilateral meeting with Pakpasak Technical College');
    await retitle(app, /Prek Leap National/, 'BILATERAL MEETING WITH PAKPASAK TECHNICAL COLLEGE');
    await exportEach();
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(`Saved 4 files into ${FOLDER}.`),
    );
    const names = askedNames(platform);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    expect(names).toContain(PAKPASAK.replace('College.pdf', 'College (2).pdf'));
    expect(names).toContain(PAKPASAK.replace('College.pdf', 'College (3).pdf'));
    // Unique within the batch, so nothing had to be renamed on the way into the folder.
    expect(screen.getByTestId('document-status')).not.toHaveTextContent('numbered name');
  });

  it('never replaces a file already in the folder, and says which file got a new name', async () => {
    const platform = fakePlatform({ printDocumentInto: folderHolding(PAKPASAK) });
    await openExports(platform);
    await exportEach();
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(
        `Saved 4 files into ${FOLDER}. 1 got a numbered name, such as “${PAKPASAK.replace('.pdf', ' (2).pdf')}”, because the folder already had a file of that name.`,
      ),
    );
  });

  it('keeps a Thai title readable while leaving out what Windows refuses', async () => {
    const platform = fakePlatform();
    const app = await openExports(platform);
    await retitle(app, /Pakpasak/, 'ประชุม: วิทยาลัย/ปากป่าสัก?  ');
    await exportEach();
    await waitFor(() => expect(platform.printDocumentInto).toHaveBeenCalledTimes(4));
    expect(askedNames(platform)).toContain('Minutes - 2024-11-21 - ประชุม วิทยาลัย ปากป่าสัก.pdf');
  });

  it('stops at a file that cannot be written and says how many were saved before it', async () => {
    const write = vi
      .fn()
      .mockImplementationOnce((folder: string, name: string) => Promise.resolve(`${folder}/${name}`))
      .mockImplementationOnce(() => Promise.reject(new Error('There is not enough free space')));
    const platform = fakePlatform({ printDocumentInto: write });
    await openExports(platform);
    await exportEach();
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(
        `Saved 1 of 4 files into ${FOLDER}, then stopped: There is not enough free space`,
      ),
    );
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('in a redacted copy, writes no file for a confidential meeting, so no file name carries its title', async () => {
    const platform = fakePlatform();
    const app = await openExports(platform);
    const meetings = await app.repos.meetings.recent(10);
    const pakpasak = meetings.find((m) => /Pakpasak/.test(m.title))!;
    await act(() => app.repos.meetings.update(pakpasak.id, { confidentiality: 'confidential' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: /Redacted copy/ }));
    await exportEach();
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(`Saved 3 files into ${FOLDER}.`),
    );
    expect(askedNames(platform).some((name) => name.includes('Pakpasak'))).toBe(false);
    const html = vi
      .mocked(platform.printDocumentInto)
      .mock.calls.map(([, , page]) => page)
      .join('');
    expect(html).not.toContain('Bilateral meeting with Pakpasak');
  });
});

describe('minutes as one PDF, redacted', () => {
  it('refuses when every meeting chosen is confidential, naming no file after one', async () => {
    const platform = fakePlatform();
    const app = await openExports(platform);
    const meetings = await app.repos.meetings.recent(10);
    await act(async () => {
      for (const meeting of meetings)
        await app.repos.meetings.update(meeting.id, { confidentiality: 'confidential' });
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: /Redacted copy/ }));
    await userEvent.click(screen.getByRole('button', { name: 'One PDF' }));
    await waitFor(() =>
      expect(screen.getByTestId('document-status')).toHaveTextContent(
        'every meeting chosen is confidential, and a redacted copy leaves them all out',
      ),
    );
    expect(platform.printDocument).not.toHaveBeenCalled();
  });
});
