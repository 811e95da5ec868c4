/** An absolute http(s) link with a host: the only kind of evidence link the app opens. */
export function isWebLink(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'https:' || protocol === 'http:') && hostname !== '';
}
