// A mark is timed by the input event that caused it, not by when our code got round to running:
// `event.timeStamp` is on the page's performance clock (ms since timeOrigin), which is monotonic
// and set when the browser received the key press or click.
export function eventEpochMs(event: { readonly timeStamp: number }): number {
  return performance.timeOrigin + event.timeStamp;
}
