/** Page object for the banner that says a save failed because the disk is full. */
import type { Locator, Page } from '@playwright/test';

export class StorageFullBanner {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByRole('alert', { name: /^(Not saved: the disk is full|未保存：磁盘已满)$/ });
  }

  /** Dismisses it from the keyboard: Tab reaches the button, Enter presses it. */
  async dismissWithKeyboard(): Promise<void> {
    const button = this.banner.getByRole('button', { name: /^(Dismiss|关闭)$/ });
    await button.focus();
    await this.page.keyboard.press('Enter');
  }
}
