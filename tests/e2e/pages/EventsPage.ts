/** Page object for Events & agenda: the list, the "New event" form and an event's agenda. */
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

export interface NewEvent {
  name: string;
  city?: string;
  venue?: string;
  startDate: string;
  endDate: string;
  /** What to type in the time-zone search; the first match is taken with Enter. */
  zoneSearch: string;
  zone: string;
}

export interface NewSession {
  kind: string;
  title: string;
  /** The day as the Day list shows it, e.g. "Monday, March 31, 2025". */
  day: string;
  start: string;
  end: string;
  room?: string;
  attendees?: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class EventsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async go(): Promise<this> {
    await this.nav(/^(Events & agenda|活动与议程)$/).click();
    await this.heading(/^(Events|活动)$/).waitFor();
    return this;
  }

  /** Creates an event through the dialog, picking its zone from the search by keyboard; opens its page. */
  async createEvent(event: NewEvent): Promise<void> {
    await this.page.getByRole('button', { name: /^(New event|新建活动)$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /^(New event|新建活动)$/ });
    await dialog.getByRole('textbox', { name: /^(Event name|活动名称)$/ }).fill(event.name);
    if (event.city) await dialog.getByRole('textbox', { name: /^(City|城市)$/ }).fill(event.city);
    if (event.venue) await dialog.getByRole('textbox', { name: /^(Venue|场馆)$/ }).fill(event.venue);
    await dialog.getByLabel(/^(First day|首日)$/).fill(event.startDate);
    await dialog.getByLabel(/^(Last day|末日)$/).fill(event.endDate);
    const zone = dialog.getByRole('combobox', { name: /^(Time zone|时区)$/ });
    await zone.fill(event.zoneSearch);
    await expect(dialog.getByRole('option', { name: new RegExp(event.zone) }).first()).toBeVisible();
    await zone.press('Enter');
    await expect(zone).toHaveValue(event.zone);
    await dialog.getByRole('button', { name: /^(Create event|创建活动)$/ }).click();
    await this.heading(event.name).waitFor();
  }

  async makeCurrent(name: string): Promise<void> {
    await this.page
      .getByRole('button', { name: new RegExp(`^(Make current: |设为当前活动：)${escape(name)}$`) })
      .click();
    await expect(this.page.getByText(/^(Current event|当前活动)$/)).toBeVisible();
  }

  async addSession(session: NewSession): Promise<void> {
    await this.page.getByRole('button', { name: /^(Add session|添加议程项)$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: /^(New session|新建议程项)$/ });
    await dialog.getByRole('combobox', { name: /^(Kind|类型)$/ }).selectOption({ label: session.kind });
    await dialog.getByRole('textbox', { name: /^(Title|标题)$/ }).fill(session.title);
    await dialog.getByRole('combobox', { name: /^(Day|日期)$/ }).selectOption({ label: session.day });
    await dialog.getByLabel(/^(Starts|开始)$/).fill(session.start);
    await dialog.getByLabel(/^(Ends|结束)$/).fill(session.end);
    if (session.room) await dialog.getByRole('textbox', { name: /^(Room|会议室)$/ }).fill(session.room);
    for (const name of session.attendees ?? []) await dialog.getByRole('checkbox', { name }).check();
    await dialog.getByRole('button', { name: /^(Save session|保存议程项)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** The agenda's list of sessions on one day, e.g. "Monday, March 31, 2025". */
  sessionsOn(day: string): Locator {
    return this.page.getByRole('list', {
      name: new RegExp(`^(Sessions on ${escape(day)}|${escape(day)}的议程)$`),
    });
  }
}
