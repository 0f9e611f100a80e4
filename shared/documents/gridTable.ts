/** The ruled table documents list things in (action items, partners, meetings, agreements). */
import { html, type Html } from './escapeHtml';

export function gridTable(headings: readonly string[], rows: readonly Html[]): Html {
  return html`<table class="grid">
    <thead>
      <tr>
        ${headings.map((heading) => html`<th>${heading}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${[...rows]}
    </tbody>
  </table>`;
}
