import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Id } from '../../domain/records/common';
import { EvidenceSuggestion } from './EvidenceSuggestion';

const records = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `incident-${index}`,
    label: `Incident ${index}`,
    date: '2026-06-01',
  }));

function render(options: {
  readonly holds?: boolean;
  readonly count: number;
  readonly evidenceIds?: readonly Id[];
  readonly max?: number;
  readonly readOnly?: boolean;
  readonly shownMax?: number;
}): string {
  return renderToStaticMarkup(
    <EvidenceSuggestion
      noun="incidents"
      holds={options.holds ?? true}
      explanation="Two incidents recovered within target."
      supporting={records(options.count)}
      shownMax={options.shownMax}
      evidenceIds={options.evidenceIds ?? []}
      evidenceMax={options.max ?? 20}
      judgedAt="2026-06-30"
      readOnly={options.readOnly ?? false}
      onAccept={() => undefined}
    />,
  );
}

describe('EvidenceSuggestion', () => {
  it('lists the newest records up to its limit and counts the rest', () => {
    const markup = render({ count: 10, shownMax: 8 });
    expect(markup).toContain('Incident 7');
    expect(markup).not.toContain('Incident 8<');
    expect(markup).toContain('and 2 more');
  });

  it('names what it offers in its own words', () => {
    const markup = render({ count: 2 });
    expect(markup).toContain('Your incidents support this');
    expect(markup).toContain('Add these incidents as evidence');
  });

  it('says when the evidence cannot take every record, and when it is full', () => {
    expect(render({ count: 3, evidenceIds: ['x'], max: 3 })).toContain(
      'Evidence holds up to 3 incidents: the newest 2 of these can be added.',
    );
    const full = render({ count: 1, evidenceIds: ['x', 'y'], max: 2 });
    expect(full).toContain('Evidence holds up to 2 incidents, and it is full.');
    expect(full).not.toContain('Add these incidents as evidence');
  });

  it('says when every record is already in the evidence, and offers none', () => {
    const markup = render({ count: 2, evidenceIds: ['incident-0', 'incident-1'] });
    expect(markup).toContain('These incidents are in the evidence.');
    expect(markup).not.toContain('Add these incidents as evidence');
  });

  it('offers nothing to add on a read-only assessment', () => {
    expect(render({ count: 2, readOnly: true })).not.toContain('<button');
  });

  it('offers nothing while the rule does not hold, and adds no note unless given one', () => {
    const markup = render({ count: 2, holds: false });
    expect(markup).toContain('What your incidents show so far');
    expect(markup).not.toContain('<button');
    expect(markup).not.toContain('only part of the picture');
  });
});
