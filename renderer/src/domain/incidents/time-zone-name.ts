// Whether a name is a time zone the IANA database knows, asked of Intl as Luxon asks it. Apart
// from ./time-zone, which needs Luxon's offsets, so checking a stored CSV mapping (done whenever
// the database validates one) does not load Luxon with the app.

export function isKnownTimeZone(name: string): boolean {
  if (name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name }).format();
    return true;
  } catch {
    return false;
  }
}
