/**
 * The outer HTML of every generated document. It loads only the bundled fonts and the print stylesheet
 * from its own origin, carries a CSP that allows no script, no network and no frames, and picks the
 * named page (resources/print/print.css) that prints the confidentiality marking and "Page x of y" in the
 * document's language.
 */
import type { Language } from '../i18n/languages';
import type { Html } from './escapeHtml';
import { escapeHtml } from './escapeHtml';
import type { Marking } from './documentModel';

/** Where the print assets are served, relative to the document (app://, web mode and tests alike). */
export const PRINT_ASSETS = 'print-assets/';

export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'self'; font-src 'self'; img-src data:; base-uri 'none'; form-action 'none'";

export function documentShell(options: {
  title: string;
  language: Language;
  marking: Marking;
  body: Html;
  /** The URL prefix the print assets are found under (default: next to the document). */
  assetsBase?: string;
}): string {
  const base = escapeHtml(options.assetsBase ?? PRINT_ASSETS);
  const lang = options.language === 'zh-CN' ? 'zh' : 'en';
  return `<!doctype html>
<html lang="${escapeHtml(options.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${base}print/fonts.css">
<link rel="stylesheet" href="${base}print/print.css">
</head>
<body class="document page-${options.marking}-${lang}">
${options.body.value}
</body>
</html>
`;
}
