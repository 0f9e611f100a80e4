/** Page object for the meetings list and the meeting editor, with its notes and attachments. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export interface FileToAdd {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class MeetingPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** Opens the meetings list from the navigation. */
  async goToList(): Promise<this> {
    await this.nav(/^(Meetings|会谈)$/).click();
    await this.heading(/^(Meetings|会谈)$/).waitFor();
    return this;
  }

  /** Opens a meeting from the list by its title. */
  async openFromList(title: string): Promise<this> {
    await this.goToList();
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await this.heading(title).waitFor();
    return this;
  }

  /** The meeting's route (`/#/meetings/<id>`), to open it again after a restart. */
  path(): string {
    return `/${new URL(this.page.url()).hash}`;
  }

  minutes(): Locator {
    return this.page.getByRole('textbox', { name: /^(Minutes|会谈纪要)$/ });
  }

  agenda(): Locator {
    return this.page.getByRole('textbox', { name: /^(Agenda|议程)$/ });
  }

  outcomes(): Locator {
    return this.page.getByRole('textbox', { name: /^(Outcomes|成果)$/ });
  }

  location(): Locator {
    return this.page.getByRole('textbox', { name: /^(Location|地点)$/ });
  }

  /** This laptop's representative's own notes on the meeting. */
  myNotes(): Locator {
    return this.page.getByRole('textbox', { name: /^(My notes|我的笔记)$/ });
  }

  /** Waits until the representative's own note has saved (it has its own save state). */
  async expectNoteSaved(): Promise<void> {
    await expect(
      this.page
        .getByRole('region', { name: /^(Representatives’ notes|代表笔记)$/ })
        .getByRole('status')
        .filter({ hasText: /^(Saved|已保存)$/ }),
    ).toBeVisible();
  }

  /** Deletes the meeting after confirming, and waits for the meetings list. */
  async deleteMeeting(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Delete meeting|删除会谈)$/ }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Delete meeting|删除会谈)$/ })
      .click();
    await this.heading(/^(Meetings|会谈)$/).waitFor();
  }

  saveState(): Locator {
    return this.page.getByTestId('meeting-save-state');
  }

  /** Types at the end of the minutes, as a representative adding a sentence would. */
  async appendToMinutes(text: string): Promise<void> {
    await this.minutes().click();
    await this.minutes().press('Control+End');
    await this.minutes().pressSequentially(text);
  }

  async expectSaved(options: { timeout?: number } = {}): Promise<void> {
    await expect(this.saveState()).toHaveText(/^(Saved|已保存)$/, options);
  }

  attachments(): Locator {
    return this.page.getByRole('region', { name: /^(Attachments|附件)$/ });
  }

  /** Adds files the way a user does: the "Add files…" button, then the browser's file chooser. */
  async addAttachments(files: FileToAdd[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.attachments()
      .getByRole('button', { name: /^(Add files…|添加文件…)$/ })
      .click();
    await (await chooser).setFiles(files);
  }

  preview(fileName: string): Locator {
    return this.attachments().getByRole('img', { name: `Preview of ${fileName}` });
  }

  /** True once the preview's image has really been decoded (not just an <img> with a dead URL). */
  async previewLoaded(fileName: string): Promise<boolean> {
    return this.preview(fileName).evaluate(
      (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0,
    );
  }

  /** Waits until the attachments panel says the file was added. */
  async expectAttached(fileName: string): Promise<void> {
    await expect(this.page.getByTestId('attachments-status')).toContainText(fileName);
    await expect(this.attachments().getByText(fileName, { exact: true })).toBeVisible();
  }

  downloadButton(fileName: string): Locator {
    return this.attachments().getByRole('button', { name: `Download ${fileName}` });
  }
}
