/**
 * The letterhead logo in Settings: a PNG is previewed and stored for the documents; a file of another
 * type or over 512 KB is refused with a message naming it, and the logo already stored stays.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES } from '../../shared/settings/appSettings';
import { renderApp } from './renderApp';

// The 8-byte PNG signature and the start of its header: enough for a file the browser calls image/png.
const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PNG_DATA_URL = 'data:image/png;base64,iVBORw0KGgoAAAAN';

async function openLetterhead() {
  // A user can pick "All files" in the file dialog, so the input's accept list is no guard: not applied.
  const user = userEvent.setup({ applyAccept: false });
  const app = await renderApp();
  await user.click(screen.getByRole('link', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 2, name: 'Letterhead of documents' });
  const input = screen.getByLabelText('Logo (PNG, JPEG or WebP, up to 512 KB)');
  const storedLogo = async () => (await app.db.settings.get('letterheadLogo'))?.value;
  return { ...app, user, input, storedLogo };
}

describe('the letterhead logo', () => {
  it('is previewed and stored for the documents when a PNG is chosen', async () => {
    const { user, input, settings, storedLogo } = await openLetterhead();
    await user.upload(input, new File([PNG_BYTES], 'college.png', { type: 'image/png' }));

    expect(await screen.findByRole('img', { name: 'Letterhead logo' })).toHaveAttribute('src', PNG_DATA_URL);
    expect(settings.getState().letterheadLogo).toBe(PNG_DATA_URL);
    await waitFor(async () => expect(await storedLogo()).toBe(PNG_DATA_URL));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file that is not a PNG, JPEG or WebP, naming it, and keeps the stored logo', async () => {
    const { user, input, settings, storedLogo } = await openLetterhead();
    await user.upload(input, new File([PNG_BYTES], 'college.png', { type: 'image/png' }));
    await screen.findByRole('img', { name: 'Letterhead logo' });

    await user.upload(input, new File(['GIF89a'], 'animated.gif', { type: 'image/gif' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'animated.gif is not a PNG, JPEG or WebP image.',
    );
    expect(settings.getState().letterheadLogo).toBe(PNG_DATA_URL);
    expect(await storedLogo()).toBe(PNG_DATA_URL);
    expect(screen.getByRole('img', { name: 'Letterhead logo' })).toHaveAttribute('src', PNG_DATA_URL);
  });

  it('refuses an image over 512 KB, naming it, and stores nothing', async () => {
    const { user, input, settings, storedLogo } = await openLetterhead();
    const huge = new Uint8Array(MAX_LOGO_BYTES + 1);
    huge.set(PNG_BYTES);
    await user.upload(input, new File([huge], 'poster.png', { type: 'image/png' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'poster.png is larger than 512 KB. Choose a smaller image.',
    );
    expect(settings.getState().letterheadLogo).toBe('');
    expect(await storedLogo()).toBeUndefined();
    expect(screen.queryByRole('img', { name: 'Letterhead logo' })).not.toBeInTheDocument();
  });

  it('clears the message once an acceptable image is chosen after a refused one', async () => {
    const { user, input } = await openLetterhead();
    await user.upload(input, new File(['GIF89a'], 'animated.gif', { type: 'image/gif' }));
    await screen.findByRole('alert');
    await user.upload(input, new File([PNG_BYTES], 'college.png', { type: 'image/png' }));
    await screen.findByRole('img', { name: 'Letterhead logo' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
