/** Page object for the agreements register and an agreement's page, by role and accessible name. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class AgreementsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Agreements|协议)$/).click();
    await this.heading(/^(Agreements|协议)$/).waitFor();
    return this;
  }

  register(): Locator {
    return this.page.getByRole('table', { name: 'Agreements register' });
  }

  row(title: string): Locator {
    return this.register().getByRole('row').filter({ hasText: title });
  }

  /** Creates an agreement with one partner organization found by typing part of its name. */
  async create(title: string, partner: string, partnerName: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'New agreement' }).click();
    const form = this.page.getByRole('form', { name: 'New agreement' });
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByRole('combobox', { name: 'Partner organizations' }).fill(partner);
    await form.getByRole('option', { name: partnerName }).click();
    await expect(form.getByRole('list', { name: 'Partner organizations' })).toContainText(partnerName);
    await form.getByRole('button', { name: 'Create agreement' }).click();
    await expect(this.heading(title)).toBeVisible();
  }

  /** Opens an agreement from the register by its title. */
  async openAgreement(title: string): Promise<void> {
    await this.go();
    await this.register().getByRole('link', { name: title, exact: true }).click();
    await expect(this.heading(title)).toBeVisible();
  }

  scope(): Locator {
    return this.page.getByRole('textbox', { name: /^(Scope|范围)$/ });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^(Saved|已保存)$/ })).toBeVisible();
  }

  stepper(): Locator {
    return this.page.getByRole('list', { name: 'Lifecycle' });
  }

  currentStep(): Locator {
    return this.stepper().locator('[aria-current="step"]');
  }

  moveButton(status: string): Locator {
    return this.page.getByRole('button', { name: `Move to ${status}` });
  }

  async moveTo(status: string): Promise<void> {
    await this.moveButton(status).click();
  }

  signingDate(): Locator {
    return this.page.getByLabel('Signing date', { exact: true });
  }

  signingDateError(): Locator {
    return this.page.getByText('A signed agreement needs its signing date.');
  }
}
