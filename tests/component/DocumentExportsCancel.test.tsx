import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PrintOutcome } from '../../renderer/src/platform/Platform';
import { gate, openExports } from './documentExportsSetup';
import { fakePlatform } from './renderApp';

const FOLDER = '/home/rep/Documents/Minutes';
const progressBar = () => screen.getByRole('progressbar', { name: 'Document progress' });
const status = () => screen.getByTestId('document-status');

describe('cancelling a document', () => {
  it('while its meetings are read prints nothing and says that nothing was written', async () => {
    const platform = fakePlatform();
    const app = await openExports(platform);
    const reading = gate<void>();
    const get = app.repos.meetings.get.bind(app.repos.meetings);
    vi.spyOn(app.repos.meetings, 'get').mockImplementationOnce(async (id) => {
      await reading.promise;
      return get(id);
    });
    await userEvent.click(await screen.findByRole('button', { name: 'One PDF' }));
    expect(await screen.findByRole('progressbar', { name: 'Document progress' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('Preparing');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    reading.open();
    await waitFor(() => expect(status()).toHaveTextContent('Cancelled. No file was written.'));
    expect(platform.printDocument).not.toHaveBeenCalled();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'One PDF' })).toBeEnabled();
  });

  it('while one PDF prints ends as cancelled and says the file was already saved, never “Saved”', async () => {
    const printing = gate<PrintOutcome>();
    const platform = fakePlatform({ printDocument: vi.fn(() => printing.promise) });
    await openExports(platform);
    await userEvent.click(await screen.findByRole('button', { name: 'Create report' }));
    await waitFor(() => expect(status()).toHaveTextContent('Printing…'));
    // How long a print takes nobody knows: the bar shows activity, not a fraction.
    expect(progressBar()).not.toHaveAttribute('value');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(status()).toHaveTextContent('Cancelling: a print under way cannot be interrupted');
    printing.open({ status: 'saved', location: '/home/rep/Documents/report.pdf' });

    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Cancelled, but the print under way could not be stopped: /home/rep/Documents/report.pdf was already saved.',
      ),
    );
    expect(status()).not.toHaveTextContent(/^Saved/);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('while the browser prepares its print dialog says the dialog had opened anyway', async () => {
    const printing = gate<PrintOutcome>();
    const platform = fakePlatform({ kind: 'web', printDocument: vi.fn(() => printing.promise) });
    await openExports(platform);
    await userEvent.click(await screen.findByRole('button', { name: 'Create register' }));
    await waitFor(() => expect(status()).toHaveTextContent('Printing…'));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    printing.open({ status: 'printed' });
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Cancelled, but the print dialog had already opened: close it to print nothing.',
      ),
    );
  });

  it('between the files of a batch stops after the file being printed and says how many were written', async () => {
    const second = gate<string>();
    const write = vi
      .fn()
      .mockImplementationOnce((folder: string, name: string) => Promise.resolve(`${folder}/${name}`))
      .mockImplementationOnce((folder: string, name: string) =>
        second.promise.then(() => `${folder}/${name}`),
      );
    const platform = fakePlatform({ printDocumentInto: write });
    await openExports(platform);
    await userEvent.click(await screen.findByRole('button', { name: 'One file each, into a folder' }));
    await waitFor(() => expect(status()).toHaveTextContent('Printing 2 of 4…'));
    expect(progressBar()).toHaveAttribute('value', '1');
    expect(progressBar()).toHaveAttribute('max', '4');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    second.open('');
    await waitFor(() =>
      expect(status()).toHaveTextContent(`Cancelled after 2 of 4 files; those are kept in ${FOLDER}.`),
    );
    expect(write).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
