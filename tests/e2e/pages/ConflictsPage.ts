/** Page object for the conflicts view: open a conflict, keep a version or merge by hand. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class ConflictsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Conflicts|冲突)/).click();
    await this.heading(/^(Conflicts|冲突)$/).waitFor();
    return this;
  }

  /** Opens the conflict about a field of a record, by its link in the list ("Minutes of “…”"). */
  async openConflict(name: string): Promise<Locator> {
    await this.page.getByRole('link', { name, exact: true }).click();
    const detail = this.page.getByRole('region', { name, exact: true });
    await expect(detail).toBeVisible();
    return detail;
  }

  version(detail: Locator, which: 'Current text' | 'Other version'): Locator {
    return detail.getByRole('region', { name: which, exact: true });
  }

  async mergeByHand(detail: Locator, text: string): Promise<void> {
    await detail.getByRole('button', { name: 'Merge by hand' }).click();
    await detail.getByRole('textbox', { name: 'Merged text' }).fill(text);
    await detail.getByRole('button', { name: 'Save merged text' }).click();
    await expect(this.page.getByTestId('conflicts-status')).toContainText('Saved the merged text');
  }

  empty(): Locator {
    return this.page.getByText(/^(No conflicts to resolve\.|没有需要解决的冲突。)$/);
  }
}
