/** Page object for Today: the event and day pickers and the timeline, in either language. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class TodayPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Today|今日)$/).click();
    await this.heading(/^(Today|今日)$/).waitFor();
    return this;
  }

  dayButton(name: string | RegExp): Locator {
    return this.page.getByRole('group', { name: /^(Day|日期)$/ }).getByRole('button', { name });
  }

  async chooseDay(name: string | RegExp): Promise<void> {
    await this.dayButton(name).click();
    await expect(this.dayButton(name)).toHaveAttribute('aria-pressed', 'true');
  }

  async chooseEvent(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: /^(Event|活动)$/ }).selectOption({ label: name });
  }

  /** A session or meeting on the timeline, named by its title. */
  item(title: string | RegExp): Locator {
    return this.page.getByRole('article', { name: title });
  }
}
