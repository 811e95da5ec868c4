import { describe, expect, it, vi } from 'vitest';
import { createTicker, type TickerHost } from './ticker';

function fakeHost(start = 1_000) {
  let time = start;
  let nextId = 1;
  const intervals = new Map<number, () => void>();
  const visible = new Set<() => void>();
  const host: TickerHost = {
    now: () => time,
    setInterval: (run) => {
      const id = nextId++;
      intervals.set(id, run);
      return id;
    },
    clearInterval: (id) => {
      intervals.delete(id);
    },
    onVisible: (run) => {
      visible.add(run);
      return () => visible.delete(run);
    },
    beforeTick: vi.fn(),
  };
  return {
    host,
    intervals,
    visible,
    advance(ms: number) {
      time += ms;
      for (const run of intervals.values()) run();
    },
    showWindow(ms: number) {
      time += ms;
      for (const run of visible) run();
    },
  };
}

describe('the shared clock ticker', () => {
  it('runs no timer until a clock listens, and stops when the last one leaves', () => {
    const fake = fakeHost();
    const ticker = createTicker(250, fake.host);
    expect(fake.intervals.size).toBe(0);
    const offA = ticker.subscribe(vi.fn());
    const offB = ticker.subscribe(vi.fn());
    expect(fake.intervals.size).toBe(1);
    offA();
    expect(fake.intervals.size).toBe(1);
    offB();
    expect(fake.intervals.size).toBe(0);
    expect(fake.visible.size).toBe(0);
  });

  it('tells every listener at each tick, with one time they all read', () => {
    const fake = fakeHost();
    const ticker = createTicker(250, fake.host);
    const seen: number[] = [];
    ticker.subscribe(() => seen.push(ticker.read()));
    ticker.subscribe(() => seen.push(ticker.read()));
    fake.advance(250);
    expect(seen).toEqual([1_250, 1_250]);
    expect(fake.host.beforeTick).toHaveBeenCalledTimes(1);
  });

  it('keeps the same value between ticks, as a store snapshot must', () => {
    const fake = fakeHost();
    const ticker = createTicker(250, fake.host);
    ticker.subscribe(vi.fn());
    const first = ticker.read();
    expect(ticker.read()).toBe(first);
  });

  it('ticks at once when the window is shown again, instead of waiting for the timer', () => {
    const fake = fakeHost();
    const ticker = createTicker(250, fake.host);
    const listener = vi.fn();
    ticker.subscribe(listener);
    fake.showWindow(60_000);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ticker.read()).toBe(61_000);
  });

  it('reads the time now when the first clock mounts, not a stale tick', () => {
    const fake = fakeHost();
    const ticker = createTicker(250, fake.host);
    const off = ticker.subscribe(vi.fn());
    off();
    fake.advance(10_000);
    ticker.subscribe(vi.fn());
    expect(ticker.read()).toBe(11_000);
  });
});
