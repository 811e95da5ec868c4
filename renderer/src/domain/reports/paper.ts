// Which paper a report is laid out for. A4 everywhere except the countries that use US Letter;
// the user can always choose the other one.
import type { PaperSize } from '@shared/report-request';
import { PAPER_SIZES } from '@shared/report-request';

/** Countries whose offices print on US Letter (ISO 3166 region codes). */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'PR',
  'GT',
  'CR',
  'DO',
  'PA',
  'SV',
  'NI',
  'HN',
  'BO',
]);

/** The paper for a BCP 47 locale such as `en-US` or `fr-CA`; A4 when the region is unknown. */
export function defaultPaper(locale: string | undefined): PaperSize {
  if (locale === undefined) return 'a4';
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'a4';
  }
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/** The paper named in a URL, or the locale's default for anything else. */
export function parsePaper(value: string | null, locale: string | undefined): PaperSize {
  return value !== null && (PAPER_SIZES as readonly string[]).includes(value)
    ? (value as PaperSize)
    : defaultPaper(locale);
}

/** CSS `size` for the `@page` rule. */
export const PAPER_CSS_SIZE: Readonly<Record<PaperSize, string>> = {
  a4: 'A4',
  letter: 'letter',
};
