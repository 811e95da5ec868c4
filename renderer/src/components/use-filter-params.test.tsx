import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useFilterParams } from './use-filter-params';

function Values() {
  const { values } = useFilterParams(['status', 'service'] as const);
  return <>{JSON.stringify(values)}</>;
}

const read = (address: string) =>
  JSON.parse(
    renderToStaticMarkup(
      <MemoryRouter initialEntries={[address]}>
        <Values />
      </MemoryRouter>,
    ).replaceAll('&quot;', '"'),
  ) as unknown;

describe('useFilterParams', () => {
  it('reads each filter from the address, and only the filters it was given', () => {
    expect(read('/drills?status=completed&other=x')).toEqual({ status: 'completed', service: '' });
  });

  it('reads a filter the address leaves out as no filter', () => {
    expect(read('/drills')).toEqual({ status: '', service: '' });
  });
});
