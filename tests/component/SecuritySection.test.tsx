import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

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
});
