import { SMALL_SAMPLE } from '../../domain/stats/summary';

/** Said in words next to any figure that stands on fewer than five drills. */
export const SMALL_SAMPLE_TEXT = `Fewer than ${SMALL_SAMPLE} drills: not reliable`;

export function SmallSampleWarning({ n }: { readonly n: number }) {
  if (n >= SMALL_SAMPLE) return null;
  return (
    <p className="trends-warning">
      <span aria-hidden="true">⚠ </span>
      {SMALL_SAMPLE_TEXT} (n = {n}).
    </p>
  );
}
