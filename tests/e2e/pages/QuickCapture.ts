/** Page object for the quick-capture dialog; counts every key press that is not part of a typed name. */
import { expect, type Locator, type Page } from '@playwright/test';

export class QuickCapture {
  /** Key presses since the shortcut, not counting the letters of the organization's name. */
  keystrokes = 0;

  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /Log a meeting|记录会谈/ });
  }

  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+n');
    await expect(this.dialog).toBeVisible();
    this.keystrokes = 0;
  }

  /** Types a name the way an input method would: as text, not as counted key presses. */
  async typeName(name: string): Promise<void> {
    await expect(
      this.dialog.getByRole('combobox', { name: /Counterpart organization|对方机构/ }),
    ).toBeFocused();
    await this.page.keyboard.insertText(name);
  }

  async press(key: string): Promise<void> {
    this.keystrokes++;
    await this.page.keyboard.press(key);
  }
}
