import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { fakePlatform, renderApp } from './renderApp';

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

async function openSampleMeeting(options: Parameters<typeof renderApp>[0] = {}) {
  const services = await renderApp(options);
  const { eventId } = await loadSampleEvent(services);
  const meeting = (await services.repos.meetings.forEvent(eventId))[0]!;
  act(() => {
    location.hash = `#/meetings/${meeting.id}`;
  });
  // The first render of a test file also compiles the app, which takes a while on a busy machine.
  await screen.findByRole('heading', { level: 1, name: meeting.title }, { timeout: 5000 });
  const section = screen.getByRole('region', { name: 'Attachments' });
  return { ...services, meeting, section };
}

/**
 * A File whose bytes hash in Node: jsdom's File and the test's typed arrays hand out ArrayBuffers of
 * another realm, which Node's crypto.subtle refuses.
 */
function testFile(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): File {
  const file = new File([bytes], name, { type });
  // TextEncoder is Node's own here, so the typed arrays of its class have Node's ArrayBuffers.
  const NodeUint8Array = new TextEncoder().encode('').constructor as Uint8ArrayConstructor;
  Object.defineProperty(file, 'arrayBuffer', {
    value: () => Promise.resolve(NodeUint8Array.from(bytes).buffer),
  });
  return file;
}

/** What the "Add files…" button's file chooser hands over. */
function pick(section: HTMLElement, ...files: File[]) {
  fireEvent.change(within(section).getByLabelText('Files to attach'), { target: { files } });
}

function stubObjectUrls() {
  const create = vi.fn(() => 'blob:preview-1');
  const revoke = vi.fn();
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  return { create, revoke };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the attachment list', () => {
  it('refuses a file over 50 MB, naming it, and stores nothing', async () => {
    const { repos, meeting, section } = await openSampleMeeting();
    const scan = new File(['not really 51 MB'], 'signed-agreement-scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(scan, 'size', { value: 51 * 1024 * 1024 });
    pick(section, scan);

    expect(
      await within(section).findByText(
        '“signed-agreement-scan.pdf” was not added: files over 50 MB cannot be attached.',
      ),
    ).toBeInTheDocument();
    expect(await repos.attachments.forOwner('meeting', meeting.id)).toEqual([]);
    expect(await within(section).findByText('No attachments yet.')).toBeInTheDocument();
  });

  it('adds an image with its SHA-256 and shows its preview, revoked when the view goes away', async () => {
    const urls = stubObjectUrls();
    const { repos, meeting, section, unmount } = await openSampleMeeting();
    const card = testFile(PNG, 'business-card.png', 'image/png');
    pick(section, card);

    const preview = await within(section).findByRole('img', { name: 'Preview of business-card.png' });
    expect(preview).toHaveAttribute('src', 'blob:preview-1');
    expect(within(section).getByTestId('attachments-status')).toHaveTextContent('Added “business-card.png”.');
    const [stored] = await repos.attachments.forOwner('meeting', meeting.id);
    expect(stored).toMatchObject({ fileName: 'business-card.png', mimeType: 'image/png', size: PNG.length });
    expect(stored!.sha256).toMatch(/^[0-9a-f]{64}$/);

    unmount();
    expect(urls.revoke).toHaveBeenCalledWith('blob:preview-1');
  });

  it('adds files dropped on the drop zone', async () => {
    stubObjectUrls();
    const { repos, meeting, section } = await openSampleMeeting();
    const scan = testFile(new TextEncoder().encode('%PDF-1.7'), 'minutes-signed.pdf', 'application/pdf');
    fireEvent.drop(within(section).getByRole('group', { name: 'Drop zone for attachments' }), {
      dataTransfer: { files: [scan] },
    });
    expect(await within(section).findByText('minutes-signed.pdf')).toBeInTheDocument();
    expect(await repos.attachments.forOwner('meeting', meeting.id)).toHaveLength(1);
  });

  it('downloads an attachment through the platform and deletes it after confirmation', async () => {
    stubObjectUrls();
    const saveFile = vi.fn(() => Promise.resolve({ status: 'saved' as const, location: '/tmp/card.png' }));
    const { repos, meeting, section } = await openSampleMeeting({ platform: fakePlatform({ saveFile }) });
    pick(section, testFile(PNG, 'card.png', 'image/png'));
    await within(section).findByText('card.png');
    // fake-indexeddb cannot clone jsdom's Blob, so hand the stored bytes back as a real Blob.
    vi.spyOn(repos.attachments, 'blob').mockResolvedValue(new Blob([PNG], { type: 'image/png' }));

    await userEvent.click(within(section).getByRole('button', { name: 'Download card.png' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    expect(saveFile).toHaveBeenCalledWith(
      expect.objectContaining({
        suggestedName: 'card.png',
        mimeType: 'image/png',
        data: new Uint8Array(PNG),
      }),
    );
    expect(await within(section).findByText('Saved “card.png”.')).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', { name: 'Delete card.png' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this attachment?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await repos.attachments.forOwner('meeting', meeting.id)).toEqual([]));
    expect(await within(section).findByText('No attachments yet.')).toBeInTheDocument();
  });
});
