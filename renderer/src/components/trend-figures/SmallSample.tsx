import { SMALL_SAMPLE, SMALL_SAMPLE_TEXT } from '../../domain/stats/summary';

export function SmallSampleWarning({ n }: { readonly n: number }) {
  if (n >= SMALL_SAMPLE) return null;
  return (
    <p className="trends-warning">
      <span aria-hidden="true">⚠ </span>
      {SMALL_SAMPLE_TEXT} (n = {n}).
    </p>
  );
}
