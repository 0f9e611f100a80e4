/** Page object for Settings → Security (encryption at rest) and the lock screen that follows from it. */
import { expect, type Locator, type Page } from '@playwright/test';
import { SettingsPage } from './SettingsPage';

export class SecuritySettings extends SettingsPage {
  constructor(page: Page) {
    super(page);
  }

  get section(): Locator {
    return this.page.getByRole('region', { name: /^(Security|安全)$/ });
  }

  /** Turns encryption at rest on and waits until every record is sealed (one Argon2id derivation). */
  async turnOnEncryption(passphrase: string): Promise<void> {
    const form = this.section.getByRole('form', { name: /^(Turn on encryption|开启加密)$/ });
    await form.getByLabel(/^(Passphrase|口令)$/).fill(passphrase);
    await form.getByLabel(/^(Repeat the passphrase|再次输入口令)$/).fill(passphrase);
    await form.getByRole('button', { name: /^(Turn on encryption|开启加密)$/ }).click();
    await expect(this.section.getByText(/^(Encryption is on\.|加密已开启。)$/)).toBeVisible({
      timeout: 30_000,
    });
  }

  /** Confirms turning encryption off with `passphrase`; the spec waits for the status it expects. */
  async turnOffEncryption(passphrase: string): Promise<void> {
    const form = this.section.getByRole('form', { name: /^(Turn off encryption|关闭加密)$/ });
    await form.getByLabel(/^(Current passphrase|当前口令)$/).fill(passphrase);
    await form.getByRole('button', { name: /^(Turn off encryption|关闭加密)$/ }).click();
  }

  status(): Locator {
    return this.section.getByRole('status');
  }

  /** Locks with the in-page shortcut (web mode has no menu) and waits for the lock screen. */
  async lockWithShortcut(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+L');
    await expect(this.lockScreen()).toBeVisible();
  }

  lockScreen(): Locator {
    return this.heading(/^(Liaison is locked|Liaison 已锁定)$/);
  }

  /** Unlocks from the lock screen, and waits for the app behind it. */
  async unlock(passphrase: string): Promise<void> {
    await expect(this.lockScreen()).toBeVisible();
    await this.page.getByLabel(/^(Passphrase|口令)$/).fill(passphrase);
    await this.page.getByRole('button', { name: /^(Unlock|解锁)$/ }).click();
    await expect(this.page.getByRole('navigation')).toBeVisible({ timeout: 30_000 });
  }
}
