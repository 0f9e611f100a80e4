import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../../shared/security/contentSecurityPolicy';
import { inlineScriptHashes } from '../../../renderer/viteCspPlugin';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('the content security policy', () => {
  it('allows no inline script, no inline style and no eval of JavaScript in production', () => {
    for (const delivery of ['header', 'meta'] as const) {
      const csp = buildContentSecurityPolicy({ mode: 'production', delivery });
      expect(csp.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
      const d = directives(csp);
      expect(d.get('default-src')).toEqual(["'none'"]);
      expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('connect-src')).toEqual(["'self'"]);
    }
  });

  it('forbids framing only where the browser honours it (a header, not a meta tag)', () => {
    expect(buildContentSecurityPolicy({ mode: 'production', delivery: 'header' })).toContain(
      "frame-ancestors 'none'",
    );
    expect(buildContentSecurityPolicy({ mode: 'production', delivery: 'meta' })).not.toContain(
      'frame-ancestors',
    );
  });

  it('allows the dev server its inline preamble by hash, never by unsafe-inline scripts', () => {
    const csp = buildContentSecurityPolicy({
      mode: 'development',
      delivery: 'meta',
      inlineScriptHashes: ['sha256-abc'],
    });
    expect(directives(csp).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc'"]);
  });

  it('lets WebAssembly compile, which Argon2id (hash-wasm) needs to turn encryption at rest on or unlock', () => {
    const csp = buildContentSecurityPolicy({ mode: 'production', delivery: 'header' });
    expect(directives(csp).get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(directives(csp).get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('hashes inline scripts but not external ones', () => {
    const html = `<script type="module" src="/x.js"></script><script type="module">import "/@react-refresh";</script>`;
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});
