import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSampleEvent } from '../../renderer/src/sample/loadSampleEvent';
import { zonedToInstant } from '../../shared/time/zonedTime';
import { renderApp } from './renderApp';

/** 2026-11-28: long after the sample conference, as "today" is for someone trying the app. */
const LATER = Date.UTC(2026, 10, 28, 10);

afterEach(() => {
  vi.unstubAllEnvs();
});

async function openToday(now = LATER, language: 'en' | 'zh-CN' = 'en') {
  const app = await renderApp({ now: () => now, settings: { language } });
  await act(() => loadSampleEvent(app));
  await act(async () => {
    location.hash = '#/today';
  });
  await screen.findByRole('heading', { level: 1, name: language === 'en' ? 'Today' : '今日' });
  return app;
}

const item = (name: string | RegExp) => screen.findByRole('article', { name });
const PAKPASAK = 'Bilateral meeting with Pakpasak Technical College';

describe('the Today view', () => {
  it('shows the first day of an event that is not on today, sessions and meetings by start time', async () => {
    await openToday();
    const days = screen.getByRole('group', { name: 'Day' });
    expect(within(days).getByRole('button', { name: 'Thu, Nov 21' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(days).getByRole('button', { name: 'Fri, Nov 22' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const timeline = await screen.findByRole('list', { name: 'Agenda for Thursday, November 21, 2024' });
    const titles = within(timeline)
      .getAllByRole('article')
      .map((article) => article.getAttribute('aria-labelledby'))
      .map((id) => document.getElementById(id!)!.textContent);
    expect(titles).toEqual([
      'Opening Ceremony',
      'Keynote Speeches',
      'Bilateral meeting with Prek Leap National Institute of Agriculture',
      'Signing of the Memorandum of Agreement with Prek Leap',
      'Ministerial Roundtable',
      'Parallel Session: Industry–Education Integration',
      PAKPASAK,
    ]);
    const opening = await item('Opening Ceremony');
    expect(within(opening).getByText('09:00–10:30')).toBeInTheDocument();
    expect(within(opening).getByText('Main Hall')).toBeInTheDocument();
    expect(
      screen.getByText('Times are in the event’s time zone, Asia/Shanghai (GMT+8).'),
    ).toBeInTheDocument();
  });

  it('writes out each clash on the meeting and the session, as text and as its description', async () => {
    await openToday();
    const meeting = await item(PAKPASAK);
    expect(within(meeting).getByText('Clash: Li Wei is also at Ministerial Roundtable')).toBeInTheDocument();
    expect(
      within(meeting).getByText(
        'Clash: Zhang Min is also at Parallel Session: Industry–Education Integration',
      ),
    ).toBeInTheDocument();
    expect(meeting).toHaveAccessibleDescription(
      'Clash: Li Wei is also at Ministerial Roundtable Clash: Zhang Min is also at Parallel Session: Industry–Education Integration',
    );
    expect(within(meeting).getByRole('link', { name: PAKPASAK })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#\/meetings\/[0-9A-Z]{26}$/),
    );
    expect(within(meeting).getByText('Souksavanh Phommachanh')).toBeInTheDocument();
    expect(within(meeting).getByText('Participants:').parentElement).toHaveTextContent(
      /^Participants: [^,]+(, [^,]+)+$/,
    );
    const roundtable = await item('Ministerial Roundtable');
    expect(roundtable).toHaveAccessibleDescription(`Clash: Li Wei has a meeting then: ${PAKPASAK}`);
    expect(await item('Opening Ceremony')).not.toHaveAccessibleDescription(/Clash/);
    expect(screen.getByText('Meetings with a clash: 1')).toBeInTheDocument();
  });

  it('flags two meetings of the same person at the same time', async () => {
    const { repos, settings } = await openToday();
    const prekLeap = (await repos.meetings.recent()).find((m) =>
      m.title.startsWith('Bilateral meeting with Prek'),
    )!;
    const liWei = prekLeap.participantIds[0]!;
    await act(() =>
      repos.meetings.create({
        eventId: settings.getState().currentEventId,
        title: 'Courtesy call on the mayor',
        kind: 'courtesy-call',
        status: 'planned',
        startsAt: zonedToInstant('2024-11-21', '12:30', 'Asia/Shanghai'),
        endsAt: zonedToInstant('2024-11-21', '12:50', 'Asia/Shanghai'),
        location: 'City Hall',
        counterpartOrgIds: prekLeap.counterpartOrgIds,
        participantIds: [liWei],
        agenda: '',
        minutes: '',
        outcomes: '',
        confidentiality: 'internal',
        tags: [],
      }),
    );
    const call = await item('Courtesy call on the mayor');
    expect(call).toHaveAccessibleDescription(`Clash: Li Wei is also at ${prekLeap.title}`);
    expect(await item(prekLeap.title)).toHaveAccessibleDescription(
      'Clash: Li Wei is also at Courtesy call on the mayor',
    );
    expect(screen.getByText('Meetings with a clash: 3')).toBeInTheDocument();
  });

  it('opens on today in the event’s zone while the event is on, and switches days', async () => {
    // 20:00 UTC on Nov 21 is already 04:00 on Nov 22 in Tianjin.
    await openToday(Date.UTC(2024, 10, 21, 20));
    expect(screen.getByRole('button', { name: 'Fri, Nov 22' })).toHaveAttribute('aria-pressed', 'true');
    expect(await item('Closing Ceremony')).toHaveTextContent('15:00–16:00');
    expect(screen.queryByRole('article', { name: 'Opening Ceremony' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Thu, Nov 21' }));
    expect(await item('Opening Ceremony')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Closing Ceremony' })).not.toBeInTheDocument();
  });

  it('shows the laptop’s own time, and its date, when the laptop is set to another zone', async () => {
    // Node re-reads TZ when it is set, so the laptop's zone changes for this test only.
    vi.stubEnv('TZ', 'America/New_York');
    await openToday();
    const opening = await item('Opening Ceremony');
    expect(within(opening).getByText('09:00–10:30')).toBeInTheDocument();
    expect(
      within(opening).getByText('Wed, Nov 20, 20:00–21:30 on this computer (GMT-5)'),
    ).toBeInTheDocument();
    expect(screen.getByText(/This computer is set to America\/New_York \(GMT-5\)/)).toBeInTheDocument();
  });

  it('shows a cancelled meeting as cancelled, without clashes', async () => {
    const { repos } = await openToday();
    const meeting = (await repos.meetings.recent()).find((m) => m.title === PAKPASAK)!;
    await act(() => repos.meetings.update(meeting.id, { status: 'cancelled' }));
    const article = await item(PAKPASAK);
    await within(article).findByText('Cancelled');
    expect(within(article).queryByText(/Clash/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Meetings with a clash/)).not.toBeInTheDocument();
  });

  it('says when no event is current, links to Events, and lets one be chosen', async () => {
    const app = await renderApp({ now: () => LATER });
    await act(() => loadSampleEvent(app));
    await act(() => app.settings.getState().update('currentEventId', null));
    await act(async () => {
      location.hash = '#/today';
    });
    expect(await screen.findByText('No current event is chosen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose or create one under Events & agenda.' })).toHaveAttribute(
      'href',
      '#/events',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Event' }),
      '2024 World Vocational and Technical Education Development Conference',
    );
    expect(await item('Opening Ceremony')).toBeInTheDocument();
  });

  it('speaks 简体中文', async () => {
    await openToday(LATER, 'zh-CN');
    expect(screen.getByRole('group', { name: '日期' })).toBeInTheDocument();
    expect(await screen.findByText('冲突：Li Wei 同时在 Ministerial Roundtable')).toBeInTheDocument();
    expect(screen.getByText('时间均为活动所在时区 Asia/Shanghai (GMT+8)。')).toBeInTheDocument();
    expect(within(await item('Opening Ceremony')).getByText('开幕式')).toBeInTheDocument();
    // Names are listed the Chinese way, and the label's colon is a full-width one.
    expect(within(await item(PAKPASAK)).getByText('参加人员：').parentElement).toHaveTextContent(
      /^参加人员：[^、,]+(、[^、,]+)+$/,
    );
  });
});
