/** Page object for Settings, found by role and accessible name in either language. */
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class SettingsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Settings|设置)$/).click();
    await this.heading(/^(Settings|设置)$/).waitFor();
    return this;
  }

  languageSelect(): Locator {
    return this.page.getByRole('combobox', { name: /Interface language|界面语言/ });
  }

  async chooseLanguage(label: 'English' | '简体中文'): Promise<void> {
    await this.languageSelect().selectOption({ label });
  }

  themeRadio(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name });
  }
}
