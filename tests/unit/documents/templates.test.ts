import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { delegationReport } from '../../../shared/documents/delegationReport';
import { DOCUMENT_STRINGS } from '../../../shared/documents/documentStrings';
import { escapeHtml } from '../../../shared/documents/escapeHtml';
import { minutesDocument } from '../../../shared/documents/minutesDocument';
import { reportFigures } from '../../../shared/documents/reportFigures';
import { summaryParagraph } from '../../../shared/documents/summaryParagraph';
import { documentOptions, minutesFixture } from '../../support/documentFixtures';

const PRINT_CSS = readFileSync(join(import.meta.dirname, '../../../resources/print/print.css'), 'utf8');

describe('document templates', () => {
  it('escape every user string', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&\`\u0000`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;&#96;',
    );
    const data = minutesFixture('english', {
      title: '<script>alert(1)</script>',
      minutes: 'line 1\n<b>line 2</b>',
    });
    const html = minutesDocument([data], documentOptions());
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('line 1<br>&lt;b&gt;line 2&lt;/b&gt;');
  });

  it('carry a CSP that allows no script and load only their own assets', () => {
    const html = minutesDocument([minutesFixture('thai')], documentOptions());
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; font-src 'self'; img-src data:/,
    );
    expect(html).not.toMatch(/<script|<style|style="/);
    expect([...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'print-assets/print/fonts.css',
      'print-assets/print/print.css',
    ]);
  });

  it('print the highest confidentiality of their meetings in the header, in the document language', () => {
    const internal = minutesFixture('english');
    const confidential = minutesFixture('khmer', { confidentiality: 'confidential' });
    expect(minutesDocument([internal], documentOptions())).toContain('class="document page-internal-en"');
    expect(minutesDocument([internal, confidential], documentOptions({ language: 'zh-CN' }))).toContain(
      'class="document page-confidential-zh"',
    );
  });

  it('leave confidential meetings and notes out of a redacted document', () => {
    const open = minutesFixture('english');
    open.notes = [{ author: null, text: 'my private impression' }];
    const secret = minutesFixture('lao', { confidentiality: 'confidential', minutes: 'budget figures' });
    const html = minutesDocument([open, secret], documentOptions({ redacted: true }));
    expect(html).not.toContain('budget figures');
    expect(html).not.toContain('my private impression');
    expect(html).toContain('class="document page-internal-en"');
  });

  it('accept only an inline PNG, JPEG or WebP logo', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    expect(
      minutesDocument(
        [minutesFixture('english')],
        documentOptions({ letterhead: { name: 'X', logoDataUrl: logo } }),
      ),
    ).toContain(`src="${logo}"`);
    const beacon = documentOptions({
      letterhead: { name: 'X', logoDataUrl: 'https://attacker.example/logo.png' },
    });
    expect(minutesDocument([minutesFixture('english')], beacon)).not.toContain('attacker.example');
  });

  it('draft the report summary like the news piece, in English and Chinese', () => {
    const meetings = [minutesFixture('khmer'), minutesFixture('lao'), minutesFixture('thai')];
    // Each fixture meeting has one open action item: 3 follow-ups.
    const data = { event: meetings[0]!.event, meetings, agreementsSigned: [] };
    const figures = reportFigures(data, documentOptions());
    expect(summaryParagraph(data.event, figures, 'en')).toBe(
      'During 2024 World Vocational and Technical Education Development Conference, our representatives met with 3 partners from 3 countries, including Prek Leap National Institute of Agriculture (Cambodia), Pakpasak Technical College (Laos), and Mahasarakham University (Thailand). No agreement was signed. 3 follow-ups remain open.',
    );
    expect(summaryParagraph(data.event, figures, 'zh-CN')).toBe(
      '2024 World Vocational and Technical Education Development Conference期间，我方代表会见了来自3 个国家和地区的3 个合作伙伴，包括Prek Leap National Institute of Agriculture（柬埔寨）、Pakpasak Technical College（老挝）和Mahasarakham University（泰国）。未签署协议。尚有 3 项后续事项待办。',
    );
    expect(delegationReport(data, documentOptions())).toContain('Partners met by country');
  });

  it('say the same page and marking words in the stylesheet as in the strings', () => {
    for (const [marking, en, zh] of [
      ['public', 'PUBLIC', '公开'],
      ['internal', 'INTERNAL', '内部'],
      ['confidential', 'CONFIDENTIAL', '机密'],
    ]) {
      expect(PRINT_CSS).toMatch(new RegExp(`@page ${marking}-en \\{\\s*@top-right \\{\\s*content: '${en}';`));
      expect(PRINT_CSS).toMatch(new RegExp(`@page ${marking}-zh \\{\\s*@top-right \\{\\s*content: '${zh}';`));
    }
    expect(Object.keys(DOCUMENT_STRINGS['zh-CN']).sort()).toEqual(Object.keys(DOCUMENT_STRINGS.en).sort());
  });
});
