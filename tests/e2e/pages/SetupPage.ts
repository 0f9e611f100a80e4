/** Page object for first-run setup, and the shortcut most tests start with. */
import { expect, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export interface SetupOptions {
  /** Load the sample conference and sign in as one of its delegates (default `Li Wei`). */
  sample?: boolean;
  me?: string;
  laptop?: string;
}

export class SetupPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async loadSample(): Promise<void> {
    await this.page.getByRole('button', { name: /Load sample event|载入示例活动/ }).click();
    await expect(
      this.page.getByText(/sample conference in Tianjin is loaded|已载入天津示例会议/),
    ).toBeVisible();
  }

  async chooseExisting(name: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(name) }).check();
  }

  async createSelf(name: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /Your name \(romanized\)|姓名（拼音或英文）/ }).fill(name);
  }

  async finish(laptop: string): Promise<void> {
    await this.page.getByRole('textbox', { name: /Name of this laptop|本机名称/ }).fill(laptop);
    await this.page.getByRole('button', { name: /Start using Liaison|开始使用 Liaison/ }).click();
    await expect(this.page.getByRole('navigation')).toBeVisible();
  }

  /** Opens the app on a fresh profile and completes setup. */
  async setUp(options: SetupOptions = {}): Promise<AppPage> {
    await this.open();
    await expect(this.heading(/Set up this laptop|设置本机/)).toBeVisible();
    if (options.sample) {
      await this.loadSample();
      await this.chooseExisting(options.me ?? 'Li Wei');
    } else {
      await this.createSelf(options.me ?? 'Li Wei');
    }
    await this.finish(options.laptop ?? 'Test laptop');
    return new AppPage(this.page);
  }
}
