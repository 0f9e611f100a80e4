/** Page object for the follow-ups list, by role and accessible name. */
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class FollowUpsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Follow-ups|后续事项)$/).click();
    await this.heading(/^(Follow-ups|后续事项)$/).waitFor();
    return this;
  }

  row(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: title });
  }

  overdueMarker(title: string): Locator {
    return this.row(title).getByText(/^(! )?(Overdue|已逾期)$/);
  }

  status(title: string): Locator {
    return this.page.getByRole('combobox', { name: `Status of “${title}”` });
  }
}
