import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakePlatform, renderApp } from './renderApp';

async function openSettings() {
  await userEvent.click(screen.getByRole('link', { name: 'Settings' }));
  return screen.findByRole('heading', { level: 1, name: 'Settings' });
}

describe('the settings page', () => {
  it('switches the whole interface to Simplified Chinese, tells the host, and remembers it', async () => {
    const { db, platform } = await renderApp();
    await openSettings();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), '简体中文');

    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(platform.setLanguage).toHaveBeenCalledWith('zh-CN');
    await waitFor(async () =>
      expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'zh-CN' }),
    );
  });

  it('applies the dark theme at once and stores it', async () => {
    const { db } = await renderApp();
    await openSettings();
    const group = screen.getByRole('group', { name: 'Colour theme' });
    await userEvent.click(within(group).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset['theme']).toBe('dark');
    await waitFor(async () =>
      expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' }),
    );
  });

  it('can be operated from the keyboard alone', async () => {
    const { db } = await renderApp();
    await openSettings();
    const light = screen.getByRole('radio', { name: 'Light' });
    light.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await waitFor(async () =>
      expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' }),
    );
  });

  it('shows the desktop app version, runtime and data folder from the host', async () => {
    await renderApp();
    await openSettings();
    expect(await screen.findByTestId('app-version')).toHaveTextContent('9.8.7');
    expect(screen.getByText('/home/rep/.config/Liaison')).toBeInTheDocument();
    expect(screen.getByText('45.5.0')).toBeInTheDocument();
  });

  it('shows why app info is missing when the host fails', async () => {
    const platform = fakePlatform({ appInfo: vi.fn(() => Promise.reject(new Error('bridge down'))) });
    await renderApp({ platform });
    await openSettings();
    expect(await screen.findByRole('alert')).toHaveTextContent('bridge down');
  });

  it('puts the old theme back and explains when the setting cannot be saved', async () => {
    await renderApp({ failingSettingsWrites: new Error('QuotaExceededError') });
    await openSettings();
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('QuotaExceededError');
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(document.documentElement.dataset['theme']).toBe('light');
  });

  it('says when the browser does not report storage', async () => {
    await renderApp();
    await openSettings();
    expect(await screen.findByText('This browser does not report storage.')).toBeInTheDocument();
  });

  it('renames the laptop and changes who is using it', async () => {
    const { settings, repos } = await renderApp();
    const other = await repos.people.create({
      name: 'Wang Fang',
      nativeName: '王芳',
      title: 'Dean',
      organizationId: null,
      email: '',
      phone: '',
      isDelegate: true,
      notes: '',
    });
    await openSettings();
    const name = screen.getByRole('textbox', { name: 'Name of this laptop' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Delegation laptop 2');
    await userEvent.tab();
    await waitFor(() => expect(settings.getState().deviceName).toBe('Delegation laptop 2'));
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Who is using this laptop' }),
      'Wang Fang (王芳)',
    );
    await waitFor(() => expect(settings.getState().selfPersonId).toBe(other.id));
  });

  it('offers the sample event', async () => {
    const { repos } = await renderApp();
    await openSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Load sample event' }));
    expect(await screen.findByText(/sample conference in Tianjin is loaded/)).toBeInTheDocument();
    expect(await repos.events.count()).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Load sample event' }));
    expect(await screen.findByText('The sample event is already in the archive.')).toBeInTheDocument();
    expect(await repos.events.count()).toBe(1);
  });
});
