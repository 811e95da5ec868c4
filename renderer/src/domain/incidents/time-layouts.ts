// The date layouts a mapping may name, apart from the readers in ./times that need Luxon: a stored
// CSV mapping is checked whenever the database validates one, and that must not load Luxon.

export const ISO_LAYOUTS = new Set([
  'iso',
  'yyyy-MM-dd HH:mm:ss',
  "yyyy-MM-dd'T'HH:mm:ss",
  'yyyy-MM-dd HH:mm',
]);

export const EPOCH_LAYOUTS = {
  'epoch-seconds': 'seconds',
  'epoch-milliseconds': 'milliseconds',
} as const;

/** A Luxon layout that names at least a day, a month, a year and an hour. */
export function isUsableLayout(layout: string): boolean {
  if (ISO_LAYOUTS.has(layout) || Object.hasOwn(EPOCH_LAYOUTS, layout)) return true;
  const tokens = layout.replace(/'[^']*'/gu, '');
  return /y/u.test(tokens) && /[ML]/u.test(tokens) && /d/u.test(tokens) && /[Hh]/u.test(tokens);
}
