import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ENCRYPTION_META_KEY } from '../../renderer/src/db/keyRecord';
import { KeyStore } from '../../renderer/src/db/KeyStore';
import type { LiaisonDatabase } from '../../renderer/src/db/LiaisonDatabase';
import { delegateInput, FAST_KDF } from '../unit/encryption/encryptedArchive';
import { renderApp } from './renderApp';

const PASSPHRASE = 'violet tractor harbour';

async function turnedOff(section: HTMLElement) {
  const done = 'Encryption is off. The notes are now stored in clear on this laptop.';
  expect(await within(section).findByText(done, {}, { timeout: 15_000 })).toBeInTheDocument();
}

/** Turns encryption on at a test cost (the section's own form is tested above at the real one). */
async function encrypt(db: LiaisonDatabase, chunkSize?: number) {
  const keys = new KeyStore(db, db.encryption, FAST_KDF, chunkSize);
  await act(() => keys.enable(PASSPHRASE));
  return keys;
}

async function openSecurity() {
  await userEvent.click(screen.getByRole('link', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return screen.getByRole('region', { name: 'Security' });
}

describe('Settings → Security and the lock screen', () => {
  it('turns encryption on, locks on demand, refuses a wrong passphrase, and unlocks with the right one', async () => {
    const { db } = await renderApp();
    const section = await openSecurity();
    const form = within(section).getByRole('form', { name: 'Turn on encryption' });
    await userEvent.type(within(form).getByLabelText('Passphrase'), 'violet tractor harbour');
    await userEvent.type(within(form).getByLabelText('Repeat the passphrase'), 'violet tractor harbour');
    await userEvent.click(within(form).getByRole('button', { name: 'Turn on encryption' }));
    expect(
      await within(section).findByText('Encryption is on.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(db.encryption.mode).toBe('unlocked');

    await userEvent.click(within(section).getByRole('button', { name: 'Lock now' }));
    expect(await screen.findByRole('heading', { name: 'Liaison is locked' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Passphrase'), 'wrong{Enter}');
    expect(
      await screen.findByText('The passphrase is not correct. Nothing was changed.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(db.encryption.mode).toBe('locked');

    const field = screen.getByLabelText('Passphrase');
    await userEvent.clear(field);
    await userEvent.type(field, 'violet tractor harbour{Enter}');
    expect(await screen.findByRole('navigation', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(db.encryption.mode).toBe('unlocked');
  }, 60_000);

  it('keeps the turn-on button disabled until both passphrases match, and says why', async () => {
    await renderApp();
    const section = await openSecurity();
    await userEvent.type(within(section).getByLabelText('Passphrase'), 'short');
    expect(
      within(section).getByText('Weak: use at least 12 characters, or several words.'),
    ).toBeInTheDocument();
    await userEvent.type(within(section).getByLabelText('Repeat the passphrase'), 'shorter');
    expect(within(section).getByText('The two passphrases differ.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Turn on encryption' })).toBeDisabled();
  });

  it('turns encryption off after a warning and the current passphrase; a wrong one changes nothing', async () => {
    const { db, repos } = await renderApp();
    const person = await repos.people.create(delegateInput('Prefers morning meetings.'));
    await encrypt(db);
    const section = await openSecurity();
    const form = within(section).getByRole('form', { name: 'Turn off encryption' });
    expect(form).toHaveAccessibleDescription(/stores them in clear on this laptop/);
    const submit = within(form).getByRole('button', { name: 'Turn off encryption' });
    expect(submit).toBeDisabled();

    await userEvent.type(within(form).getByLabelText('Current passphrase'), 'not it');
    await userEvent.click(submit);
    expect(
      await within(section).findByText(
        'The passphrase is not correct. Nothing was changed.',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(db.encryption.mode).toBe('unlocked');
    expect(db.encryption.turningOff).toBe(false);
    expect(await db.meta.get(ENCRYPTION_META_KEY)).toBeDefined();

    // While it works the form gives way to Cancel; it is back after the refusal.
    const again = within(section).getByRole('form', { name: 'Turn off encryption' });
    const field = within(again).getByLabelText('Current passphrase');
    await userEvent.clear(field);
    await userEvent.type(field, PASSPHRASE);
    await userEvent.click(within(again).getByRole('button', { name: 'Turn off encryption' }));
    await turnedOff(section);
    expect(db.encryption.mode).toBe('off');
    expect(await db.meta.get(ENCRYPTION_META_KEY)).toBeUndefined();
    expect((await repos.people.get(person.id))?.notes).toBe('Prefers morning meetings.');
    expect(within(section).getByRole('form', { name: 'Turn on encryption' })).toBeInTheDocument();
  }, 60_000);

  it('says when turning off has not finished, and continues it on request', async () => {
    const { db } = await renderApp();
    // The delegate created for this laptop and its settings make a few rows; one per chunk pauses early.
    const keys = await encrypt(db, 1);
    const pause = new AbortController();
    await act(() => keys.disable(PASSPHRASE, () => pause.abort(), pause.signal));
    expect(db.encryption.turningOff).toBe(true);

    const section = await openSecurity();
    expect(within(section).getByText(/Turning encryption off has not finished/)).toBeInTheDocument();
    expect(within(section).queryByRole('form', { name: 'Turn off encryption' })).not.toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Continue turning off' }));
    await turnedOff(section);
    expect(db.encryption.mode).toBe('off');
  }, 60_000);

  it('names the shortcut on the Lock now button', async () => {
    const { db } = await renderApp();
    await encrypt(db);
    const section = await openSecurity();
    const lockNow = within(section).getByRole('button', { name: 'Lock now' });
    expect(lockNow).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+L Meta+Shift+L');
    expect(within(section).getByText('Ctrl+Shift+L locks Liaison from any page.')).toBeInTheDocument();
  }, 30_000);
});
