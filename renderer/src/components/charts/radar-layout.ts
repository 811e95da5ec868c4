// Where a radar chart's axis labels go, and how big its drawing must be to hold them. SVG text
// neither wraps nor is measured before it is drawn (the reports are drawn without a browser's
// layout too), so a label is broken into lines of a few words and its size estimated generously
// from its characters; the viewBox then grows to hold every label, so none is ever cut off.

/** The font of `.chart-label`: 12 px, bold. */
export const LABEL_FONT_SIZE = 12;
export const LABEL_LINE_HEIGHT = 14;
/** An upper bound on a bold character's advance at that size, wide letters included. */
const CHAR_WIDTH = 0.72 * LABEL_FONT_SIZE;
/** Longer lines are broken between words. */
export const LABEL_LINE_CHARS = 14;
const MARGIN = 6;

/** A label broken into lines of at most `max` characters; a longer word keeps a line of its own. */
export function wrapLabel(text: string, max = LABEL_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.length === 0 ? [''] : lines;
}

export interface PlacedLabel {
  readonly lines: readonly string[];
  /** The anchor point of the first line. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Labels just outside the outer ring of a radar centred on (cx, cy) with the given radius, the
 * first axis pointing up, and the viewBox that holds the rings and every label.
 */
export function placeRadarLabels(
  axes: readonly string[],
  cx: number,
  cy: number,
  radius: number,
): { labels: PlacedLabel[]; viewBox: Box } {
  let left = cx - radius - MARGIN;
  let right = cx + radius + MARGIN;
  let top = cy - radius - MARGIN;
  let bottom = cy + radius + MARGIN;
  const labels = axes.map((axis, index): PlacedLabel => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / axes.length;
    const dx = Math.cos(angle);
    const dy = Math.sin(angle);
    const lines = wrapLabel(axis);
    const width = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH;
    const height = lines.length * LABEL_LINE_HEIGHT;
    const ax = cx + (radius + 10) * dx;
    const ay = cy + (radius + 10) * dy;
    const anchor = Math.abs(dx) < 0.01 ? 'middle' : dx > 0 ? 'start' : 'end';
    // The block of lines sits above an upward axis, below a downward one, centred on a side one.
    const blockTop = dy < -0.5 ? ay - height : dy > 0.5 ? ay : ay - height / 2;
    const blockLeft = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2;
    left = Math.min(left, blockLeft - MARGIN);
    right = Math.max(right, blockLeft + width + MARGIN);
    top = Math.min(top, blockTop - MARGIN);
    bottom = Math.max(bottom, blockTop + height + MARGIN);
    // SVG places a line by its baseline: about 0.8 of the font size below the line's top.
    return { lines, x: ax, y: blockTop + LABEL_FONT_SIZE * 0.85, anchor };
  });
  return { labels, viewBox: { x: left, y: top, width: right - left, height: bottom - top } };
}
