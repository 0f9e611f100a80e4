import { describe, expect, it } from 'vitest';
import { checkExternalUrl, type ExternalUrlRefusal } from '../../../shared/security/checkExternalUrl';
import { decodePunycode } from '../../../shared/security/punycode';

describe('checkExternalUrl', () => {
  it.each([
    'https://www.wvtedc.org/agenda',
    'http://example.com/path?q=1#top',
    'https://mahasarakham.ac.th/',
    'https://例子.中国/', // an all-Chinese IDN host is not misleading
    'https://user-guide.example.com/@handle', // an @ in the path is fine
    'https://example.com:8443/x',
  ])('opens %s', (url) => {
    expect(checkExternalUrl(url)).toMatchObject({ allowed: true });
  });

  const refusals: Array<[string, ExternalUrlRefusal]> = [
    ['javascript:alert(1)', 'scheme-not-allowed'],
    ['JaVaScRiPt:alert(1)', 'scheme-not-allowed'],
    ['file:///etc/passwd', 'scheme-not-allowed'],
    ['data:text/html,<script>alert(1)</script>', 'scheme-not-allowed'],
    ['vbscript:msgbox', 'scheme-not-allowed'],
    ['smb://attacker/share', 'scheme-not-allowed'],
    ['ms-msdt:/id', 'scheme-not-allowed'],
    ['app://liaison/index.html', 'scheme-not-allowed'],
    ['https://www.google.com@evil.example/', 'has-credentials'],
    ['https://user:pass@example.com/', 'has-credentials'],
    ['https://example.com\\@evil.example/', 'hidden-characters'],
    ['https://exam\tple.com/', 'hidden-characters'],
    ['https://example.com/\n', 'hidden-characters'],
    [' https://example.com/', 'hidden-characters'],
    ['https://example.com/\u202Egpj.exe', 'hidden-characters'], // right-to-left override
    ['https://exa\u200Bmple.com/', 'hidden-characters'], // zero-width space
    ['https://аpple.com/', 'mixed-script-host'], // Cyrillic а + Latin pple
    ['https://xn--pple-43d.com/', 'mixed-script-host'], // the same, already in punycode
    ['https://xn--zzzzzz.com/', 'not-a-url'], // malformed punycode
    ['not a url', 'hidden-characters'],
    ['example.com', 'not-a-url'],
    [`https://example.com/${'a'.repeat(3000)}`, 'too-long'],
  ];
  it.each(refusals)('refuses %s (%s)', (url, reason) => {
    expect(checkExternalUrl(url)).toEqual({ allowed: false, reason });
  });
});

describe('decodePunycode', () => {
  it('decodes known labels', () => {
    expect(decodePunycode('fsqu00a')).toBe('例子');
    expect(decodePunycode('pple-43d')).toBe('аpple');
    expect(decodePunycode('mnchen-3ya')).toBe('münchen');
  });
});
