import { describe, expect, it } from 'vitest';
import { MODEL_V1 } from '../../domain/maturity/model-v1';
import { LABEL_LINE_CHARS, LABEL_LINE_HEIGHT, placeRadarLabels, wrapLabel } from './radar-layout';

describe('wrapLabel', () => {
  it('breaks a category name between words into short lines', () => {
    expect(wrapLabel('Process & Governance')).toEqual(['Process &', 'Governance']);
    expect(wrapLabel('Measurement & Metrics')).toEqual(['Measurement &', 'Metrics']);
    expect(wrapLabel('Tools')).toEqual(['Tools']);
  });

  it('keeps a word longer than a line whole, on a line of its own', () => {
    expect(wrapLabel('Observability-engineering practice')).toEqual([
      'Observability-engineering',
      'practice',
    ]);
  });

  it('never loses a word', () => {
    const text = 'An organisation’s own, rather long, name for a category of its model';
    const lines = wrapLabel(text);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) {
      expect(line.length <= LABEL_LINE_CHARS || !line.includes(' ')).toBe(true);
    }
  });
});

describe('placeRadarLabels', () => {
  const names = MODEL_V1.categories.map((category) => category.name);

  it('grows the drawing to hold every label beside the rings', () => {
    const { labels, viewBox } = placeRadarLabels(names, 180, 180, 120);
    expect(viewBox.x).toBeLessThan(0);
    expect(viewBox.x + viewBox.width).toBeGreaterThan(360);
    // The right-hand label starts beside the ring and its longest line, estimated wide, fits.
    const right = labels[1];
    expect(right).toMatchObject({ anchor: 'start', lines: ['Process &', 'Governance'] });
    expect(viewBox.x + viewBox.width).toBeGreaterThanOrEqual((right?.x ?? 0) + 10 * 7.5);
  });

  it('puts the top label above the rings and the bottom one below, within the drawing', () => {
    const { labels, viewBox } = placeRadarLabels(names, 180, 180, 120);
    const [top, , bottom] = labels;
    expect(top?.anchor).toBe('middle');
    expect(top?.y).toBeLessThan(60);
    expect(top?.y).toBeGreaterThan(viewBox.y);
    const lastBaseline = (bottom?.y ?? 0) + ((bottom?.lines.length ?? 1) - 1) * LABEL_LINE_HEIGHT;
    expect(lastBaseline).toBeGreaterThan(300);
    expect(lastBaseline).toBeLessThan(viewBox.y + viewBox.height);
  });

  it('holds labels of any count of axes and any length', () => {
    const long = Array.from({ length: 7 }, (_, i) => `A much longer category name number ${i}`);
    const { labels, viewBox } = placeRadarLabels(long, 180, 180, 120);
    for (const label of labels) {
      expect(label.x).toBeGreaterThan(viewBox.x);
      expect(label.x).toBeLessThan(viewBox.x + viewBox.width);
      expect(label.y).toBeGreaterThan(viewBox.y);
    }
  });
});
