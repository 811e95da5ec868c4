// A small valid model file that tests edit into bad ones: one category, every level, two rules.
// Its line numbers are part of the expected messages, so keep its lines where they are.

export const SMALL_MODEL_FILE = `format: mttr-studio-maturity-model
formatVersion: 1
id: acme-recovery
version: 1
name: Acme recovery maturity
levels:
  - level: 1
    name: Initial
  - level: 2
    name: Managed
  - level: 3
    name: Defined
  - level: 4
    name: Measured
  - level: 5
    name: Optimising
categories:
  - id: people
    name: People
    initial: Heroes recover alone.
    levels:
      - level: 2
        description: Notes are kept.
        criteria:
          - id: people.2.notes
            text: Recovery steps are written down.
            guidance: Incident notes.
      - level: 3
        description: Roles are named.
        criteria:
          - id: people.3.roles
            text: Incident roles are named.
            guidance: Role lists.
            drillRule:
              kind: drills-per-quarter
              count: 1
              quarters: 2
      - level: 4
        description: Trends are reviewed.
        criteria:
          - id: people.4.trends
            text: The trend is reviewed every quarter.
            guidance: Review notes.
      - level: 5
        description: Failure is rehearsed.
        criteria:
          - id: people.5.reviews
            text: Every serious drill is reviewed.
            guidance: Review records.
            drillRule:
              kind: reviews-held
              severities: [SEV1, SEV2]
              share: 1
              withinDays: 182
`;

/**
 * The text with each `[from, to]` replaced. Each `from` must occur exactly once, so an edit that
 * no longer matches fails the test instead of testing the unchanged file.
 */
export function edited(text: string, ...edits: readonly (readonly [string, string])[]): string {
  return edits.reduce((result, [from, to]) => {
    const count = result.split(from).length - 1;
    if (count !== 1) throw new Error(`"${from}" occurs ${count} times in the file, not once`);
    return result.replace(from, () => to);
  }, text);
}

/** The category of the small file again, under another id (for ids used across categories). */
export const SECOND_CATEGORY = SMALL_MODEL_FILE.slice(SMALL_MODEL_FILE.indexOf('  - id: people'))
  .replace('- id: people', '- id: process')
  .replaceAll('people.', 'process.');
