/** The shape every locale must have: the English tree with each string widened to `string`. */
import type { en } from './locales/en';

export type { Widen } from '../../../shared/i18n/widen';
import type { Widen } from '../../../shared/i18n/widen';
export type Translation = Widen<typeof en>;
