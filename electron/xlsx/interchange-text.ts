/**
 * Text put into problem messages and warnings. A cell may hold 32,767 characters (a hostile file far more),
 * and a message quoting it whole would be unreadable and, a thousand problems over, huge: a quoted value
 * keeps its first QUOTE_MAX characters and says how long it was.
 */
export const QUOTE_MAX = 60;

/** The value as it may appear in a message: whole when short, else its start, an ellipsis and its length. */
export function clipText(text: string, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length.toLocaleString('en-GB')} characters)`;
}

/** Replaces every whole quotation of `value` in `message` by its clipped form. */
export function clipQuoted(message: string, value: string): string {
  if (value.length <= QUOTE_MAX || !message.includes(value)) return message;
  return message.split(value).join(clipText(value));
}
