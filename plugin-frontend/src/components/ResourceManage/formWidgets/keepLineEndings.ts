/**
 * Text typed into a multi-line field, with the stored value's line endings.
 * A browser's text area turns every "\r\n" into "\n"; when the stored text
 * used "\r\n" throughout, the edited text is given "\r\n" back, so only the
 * characters the user changed differ from what was stored.
 */
export function keepLineEndings(typed: string, stored: string): string {
  const storedUsesCrlf = stored.includes('\r\n') && !/(^|[^\r])\n/.test(stored);
  if (!storedUsesCrlf || typed.includes('\r')) return typed;
  return typed.replace(/\n/g, '\r\n');
}
