/**
 * Escaping for every user string that goes into a document. Notes and minutes come from other people and
 * other laptops; whatever they contain (<script>, <img onerror>, <meta refresh>, CSS url() beacons) must
 * reach the PDF as literal text.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  // Control characters other than tab and newline have no place in a document.
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[&<>"'`]/g, (c) => ENTITIES[c]!)
  );
}

/** Escaped text with line breaks kept, for minutes and notes typed over several lines. */
export function escapeMultiline(text: string): string {
  return escapeHtml(text)
    .split(/\r\n|\r|\n/)
    .join('<br>');
}

/** A tagged template whose interpolations are escaped unless they are already-built `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(
  strings: TemplateStringsArray,
  ...values: Array<string | number | Html | Html[] | null | undefined | false>
): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    if (Array.isArray(value)) out += value.map((v) => v.value).join('');
    else if (value instanceof Html) out += value.value;
    else if (value !== null && value !== undefined && value !== false) out += escapeHtml(String(value));
    out += strings[i + 1]!;
  });
  return new Html(out);
}
