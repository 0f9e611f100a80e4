/** Page object for the people list and a person's page, by role and accessible name. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class PeoplePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(People|人员)$/).click();
    await this.heading(/^(People|人员)$/).waitFor();
    return this;
  }

  /** Opens a person from the list by their name. */
  async openPerson(name: string): Promise<this> {
    await this.go();
    await this.page.getByRole('link', { name, exact: true }).click();
    await this.heading(new RegExp(`^${name}`)).waitFor();
    return this;
  }

  /** Types into the list's name filter. */
  async filter(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: /^(Filter people by name|按姓名筛选人员)$/ }).fill(text);
  }

  notes(): Locator {
    return this.page.getByRole('textbox', { name: /^(Notes|备注)$/ });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^(Saved|已保存)$/ })).toBeVisible();
  }
}
