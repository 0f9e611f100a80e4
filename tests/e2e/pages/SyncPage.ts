/** Page object for the Sync page: bundle files out (a download) and in (the file input), and the outcome. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './AppPage';

export class SyncPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Sync|同步)$/).click();
    await this.heading(/^(Sync|同步)$/).waitFor();
    return this;
  }

  get bundle(): Locator {
    return this.page.getByRole('region', { name: /^(Bundle file|同步文件)$/ });
  }

  /** "Records waiting since the last bundle: N". */
  bundleWaiting(): Locator {
    return this.bundle.getByText(/^(Records waiting since the last bundle|自上次同步文件以来待发送的记录)/);
  }

  /** The live region that tells how the last job ended. */
  status(): Locator {
    return this.page.getByTestId('sync-status');
  }

  /** The bundle's passphrase field: optional, or required while encryption at rest is on. */
  passphrase(): Locator {
    return this.bundle.getByLabel(/^(Encrypt with a passphrase|用口令加密)/);
  }

  /** Exports the changes since the last bundle; returns the file's name and bytes once it is saved. */
  async exportChanges(): Promise<{ name: string; buffer: Buffer }> {
    return this.exportBundle(/^(Export changes since last bundle|导出自上次同步文件以来的更改)$/);
  }

  /** Exports the whole archive into a bundle; returns the file's name and bytes once it is saved. */
  async exportEverything(): Promise<{ name: string; buffer: Buffer }> {
    return this.exportBundle(/^(Export everything|导出全部)$/);
  }

  private async exportBundle(button: RegExp): Promise<{ name: string; buffer: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.bundle.getByRole('button', { name: button }).click();
    const file = await download;
    await expect(this.status()).toContainText(/Saved .+\.liaisonsync|已保存 .+\.liaisonsync/);
    return { name: file.suggestedFilename(), buffer: await readFile((await file.path())!) };
  }

  /** Imports a bundle file (giving its passphrase when it asks) and waits for the summary of what it brought. */
  async importBundle(file: { name: string; buffer: Buffer }, passphrase?: string): Promise<Locator> {
    await this.bundle
      .getByLabel(/^(Import a bundle…|导入同步文件…)$/)
      .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
    if (passphrase !== undefined) {
      await this.bundle.getByLabel(/^(Passphrase of the bundle|同步文件的口令)$/).fill(passphrase);
      await this.bundle
        .getByRole('button', { name: /^(Import with this passphrase|使用此口令导入)$/ })
        .click();
    }
    await expect(this.status()).toContainText(/Imported the bundle|已导入/);
    return this.status();
  }
}
