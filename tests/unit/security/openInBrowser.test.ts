import { describe, expect, it, vi } from 'vitest';

const opened = vi.hoisted(() => [] as string[]);
vi.mock('electron', () => ({
  shell: { openExternal: (url: string) => (opened.push(url), Promise.resolve()) },
}));

const { openInBrowser } = await import('../../../electron/main/security/openInBrowser');

describe('openInBrowser', () => {
  it('hands a plain https link to the system browser', () => {
    expect(openInBrowser('https://www.wvtedc.org/')).toBe(true);
    expect(opened).toEqual(['https://www.wvtedc.org/']);
  });

  it.each([
    'file:///etc/passwd',
    'smb://attacker/share',
    'javascript:alert(1)',
    'https://user:pw@evil.example/',
  ])('opens nothing for %s, whoever asks', (url) => {
    opened.length = 0;
    expect(openInBrowser(url)).toBe(false);
    expect(opened).toEqual([]);
  });
});
