/**
 * The value a text field's text stands for: `undefined` when empty (so the
 * property is left out of the spec), a number when the schema wants one and
 * the text is a finite number ("1." and "1e3" included), the text otherwise.
 * Text that is not a number stays text, so schema validation can name it.
 */
export function parseFieldText(
  text: string,
  numeric: boolean,
): string | number | undefined {
  if (text === '') return undefined;
  if (numeric && text.trim() !== '') {
    const number = Number(text);
    if (Number.isFinite(number)) return number;
  }
  return text;
}
