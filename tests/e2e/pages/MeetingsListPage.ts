/** Page object for the meetings list: its event filter and the virtualized table of meetings. */
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class MeetingsListPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Meetings|会谈)$/).click();
    await this.heading(/^(Meetings|会谈)$/).waitFor();
    return this;
  }

  async showAllEvents(): Promise<void> {
    await this.page.getByRole('combobox', { name: /^(Show|显示)$/ }).selectOption({ label: 'All events' });
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /^(Meetings|会谈)$/ });
  }

  /** The row at a 1-based position among the meetings (the header row is not counted). */
  row(position: number): Locator {
    return this.table().locator(`[role="row"][aria-rowindex="${position + 1}"]`);
  }

  /** How many meetings the list holds, though only a window of them is rendered. */
  async count(): Promise<number> {
    return Number(await this.table().getAttribute('data-count'));
  }
}
