/** Page object for the command palette. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CommandPalette {
  constructor(readonly page: Page) {}

  get input(): Locator {
    return this.page.getByRole('combobox', {
      name: /Search meetings, people, organizations and agreements|搜索会谈/,
    });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.input).toBeFocused();
  }

  async search(text: string): Promise<void> {
    await this.input.fill(text);
  }

  option(name: string | RegExp): Locator {
    return this.page.getByRole('option', { name });
  }
}
