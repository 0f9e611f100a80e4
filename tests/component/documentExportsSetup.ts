/** What the document export tests share: the sample archive on a page, the documents printed, and gates. */
import { act, screen } from '@testing-library/react';
import type { Mock } from 'vitest';
import type { Meeting } from '../../shared/domain/entities';
import type { DocumentToPrint } from '../../renderer/src/platform/Platform';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { meetingInput } from '../unit/encryption/encryptedArchive';
import { fakePlatform, renderApp } from './renderApp';

export type FakePlatform = ReturnType<typeof fakePlatform>;

/** The sample event loaded and the Import & export page open. */
export async function openExports(
  platform = fakePlatform(),
  before?: (app: Awaited<ReturnType<typeof renderApp>>) => Promise<unknown>,
) {
  const app = await renderApp({ platform, settings: { letterheadName: 'Sample Vocational College' } });
  await act(() => loadSampleEvent(app));
  // Records stored before the page opens do not make its live lists re-render once per record.
  if (before) await act(() => before(app));
  location.hash = '#/exports';
  await screen.findByRole('heading', { level: 1, name: 'Import & export' });
  return app;
}

export type App = Awaited<ReturnType<typeof openExports>>;

export const printed = (platform: FakePlatform) =>
  (platform.printDocument as Mock).mock.calls.map(([doc]) => doc as DocumentToPrint);

/** The file names the batch asked main to write, in order. */
export const askedNames = (platform: FakePlatform) =>
  (platform.printDocumentInto as Mock).mock.calls.map((call) => call[1] as string);

/** A meeting of no event, with a counterpart from the sample. */
export async function meetingOutsideEvent(app: App, fields: Partial<Meeting>): Promise<Meeting> {
  const [org] = await app.repos.organizations.startingWith('pakpasak');
  return act(() =>
    app.repos.meetings.create({ ...meetingInput(org!.id), confidentiality: 'internal', ...fields }),
  );
}

/** A promise the test settles when it chooses: a print that is still running while the test acts. */
export function gate<T>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
