/** Page object for the app frame: opening it, waiting until it is ready, and its navigation. */
import { expect, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<this> {
    await this.page.goto(path);
    await this.waitUntilReady();
    return this;
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('html[data-app-state="ready"]')).toBeAttached();
  }

  nav(name: string | RegExp): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }
}
