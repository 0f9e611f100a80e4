/** The letterhead at the top of a document: the institution's logo and name, set in settings. */
import { html, type Html } from './escapeHtml';
import type { Letterhead } from './documentModel';

/** Only inline PNG, JPEG or WebP images: a logo can never make the printer fetch anything. */
const SAFE_LOGO = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;

export function letterheadBlock(letterhead: Letterhead, generated: string): Html {
  const logo =
    letterhead.logoDataUrl && SAFE_LOGO.test(letterhead.logoDataUrl) ? letterhead.logoDataUrl : null;
  return html`<header class="letterhead">
    ${logo ? html`<img class="logo" alt="" src="${logo}" />` : null}
    <div>
      <p class="institution" dir="auto">${letterhead.name}</p>
      <p class="generated">${generated}</p>
    </div>
  </header>`;
}
