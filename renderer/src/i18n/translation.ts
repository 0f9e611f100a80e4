/** The shape every locale must have: the English tree with each string widened to `string`. */
import type { en } from './locales/en';

export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Translation = Widen<typeof en>;
