/** Page object for the data-exchange sections of Import & export: spreadsheets, organizers' files. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export class DataExchangePage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Import & export|导入与导出)$/).click();
    await this.heading(/^(Import & export|导入与导出)$/).waitFor();
    return this;
  }

  section(name: RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  get spreadsheets(): Locator {
    return this.section(/^(Spreadsheets|电子表格)$/);
  }

  get organizers(): Locator {
    return this.section(/^(Organizers’ files|主办方文件)$/);
  }

  /** Exports one table as CSV and returns the download. */
  async exportCsv(table: string): Promise<Download> {
    await this.spreadsheets
      .getByRole('combobox', { name: /^(Records|记录)$/ })
      .selectOption({ label: table });
    const download = this.page.waitForEvent('download');
    await this.spreadsheets.getByRole('button', { name: /^(Export CSV|导出 CSV)$/ }).click();
    return download;
  }

  async exportXlsx(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.spreadsheets
      .getByRole('button', { name: /^(Export workbook \(XLSX\)|导出工作簿（XLSX）)$/ })
      .click();
    return download;
  }

  get archive(): Locator {
    return this.section(/^(Full archive|完整档案)$/);
  }

  async exportArchive(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.archive.getByRole('button', { name: /^(Export full archive|导出完整档案)$/ }).click();
    return download;
  }

  /** Chooses an archive file; returns the archive section, which shows its report or its problems. */
  async chooseArchive(file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
    await this.archive.getByLabel(/^(Archive file to restore|要恢复的档案文件)$/).setInputFiles(file);
    return this.archive;
  }

  async importParticipants(
    file: { name: string; mimeType: string; buffer: Buffer },
    expectedNew: number,
  ): Promise<void> {
    await this.organizers.getByLabel(/^(Participant list file|参会名单文件)$/).setInputFiles(file);
    const button = this.organizers.getByRole('button', {
      name: new RegExp(`^(Import ${expectedNew} new people|导入 ${expectedNew} 位新人员)$`),
    });
    await button.click();
    await expect(this.organizers.getByTestId('participants-status')).toContainText(/Added|已添加/);
  }

  /** Reads an organizers' calendar file for the chosen event and returns its preview. */
  async previewAgenda(
    event: string,
    file: { name: string; mimeType: string; buffer: Buffer },
  ): Promise<Locator> {
    await this.organizers
      .getByRole('combobox', { name: /^(Event the sessions belong to|议程项所属活动)$/ })
      .selectOption({ label: event });
    await this.organizers.getByLabel(/^(Agenda file \(ICS\)|议程文件（ICS）)$/).setInputFiles(file);
    const preview = this.organizers.getByRole('table', { name: /^(Sessions in the file|文件中的议程项)$/ });
    await expect(preview).toBeVisible();
    return preview;
  }

  async addSessions(count: number): Promise<void> {
    await this.organizers
      .getByRole('button', { name: new RegExp(`^(Add ${count} sessions|添加 ${count} 个议程项)$`) })
      .click();
    await expect(this.organizers.getByTestId('agenda-status')).toContainText(/Added|已向/);
  }
}
