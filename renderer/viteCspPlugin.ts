/**
 * Writes the app's Content-Security-Policy into index.html as a <meta> tag, so web mode and the
 * desktop app run under the same policy. Inline scripts are allowed only in development, by hash (the
 * React refresh preamble); a production build that contains one fails.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { buildContentSecurityPolicy } from '../shared/security/contentSecurityPolicy.ts';

export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || body.trim() === '') continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

export function cspPlugin(): Plugin {
  let mode: 'production' | 'development' = 'production';
  return {
    name: 'liaison:csp',
    configResolved(config) {
      mode = config.command === 'serve' ? 'development' : 'production';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = inlineScriptHashes(html);
        if (mode === 'production' && hashes.length > 0) {
          throw new Error('The production index.html must not contain inline scripts (CSP forbids them).');
        }
        const csp = buildContentSecurityPolicy({ mode, inlineScriptHashes: hashes, delivery: 'meta' });
        const tag = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
        // After the charset declaration, which must come first.
        return html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${tag}`);
      },
    },
  };
}
