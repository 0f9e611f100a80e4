/** Messages between the app and the synthetic-archive import worker. */
export type ImportRequest =
  { type: 'start'; seed: number; scale: number; chunkSize: number } | { type: 'cancel' };

export type ImportResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; done: number; milliseconds: number; transactions: number }
  | { type: 'cancelled'; done: number }
  | { type: 'failed'; message: string };
