// The file name a report suggests for its PDF: lower case, ASCII, no spaces or characters a file
// system refuses, so it survives every OS and e-mail gateway, and sorts by kind, team and date.
import type { IsoDate } from '../records/common';

export type ReportKind = 'assessment' | 'drill' | 'trend' | 'portfolio' | 'role-cards';

const MAX_SLUG = 48;

/** "Payments & Billing (EU)" → "payments-billing-eu"; accents are folded, other scripts dropped. */
export function slug(text: string): string {
  const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '');
  const words = folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return words.slice(0, MAX_SLUG).replace(/-+$/u, '');
}

/** e.g. `mttr-assessment-payments-2026-11-21.pdf`; parts that slug to nothing are left out. */
export function reportFileName(kind: ReportKind, parts: readonly string[], date: IsoDate): string {
  const named = parts.map(slug).filter((part) => part !== '');
  return ['mttr', kind, ...named, date].join('-') + '.pdf';
}
