/** A string tree with the same shape as `T`, each string widened: the type every translation must have. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
