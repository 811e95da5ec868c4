// What a result with unanswered criteria says about itself, in the same words on the result screen
// and in the assessment report.
import { countOf } from '../text/plural';

/**
 * "Provisional: 3 criteria have no agreed answer yet: they count as No until answered." With
 * several raters only the facilitator's agreed answer scores, so that is the one said to be missing.
 */
export function provisionalNote(unanswered: number, severalRaters: boolean): string {
  const missing = countOf(unanswered, 'criterion has', 'criteria have');
  const counts = unanswered === 1 ? 'it counts' : 'they count';
  return `Provisional: ${missing} no${severalRaters ? ' agreed' : ''} answer yet: ${counts} as No until answered.`;
}
