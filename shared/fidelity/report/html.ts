/**
 * The few helpers the report's HTML is written with. Every piece of text from the database goes through
 * `esc`, so evidence notes, names or action texts can never add markup or script to the document.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Text with its line breaks kept (evidence notes are typed in paragraphs). */
export function escLines(text: string): string {
  return esc(text).replace(/\r?\n/g, '<br>');
}

/**
 * A CSS string literal (for page margin boxes). Inside <style> the HTML parser only looks for `</style`, so
 * `<`, `>` and `&` are written as CSS escapes along with quotes and backslashes: no text can end the style
 * sheet or the string.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\r\n]+/g, ' ').replace(/[\\"<>&]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/** An id safe for `id=` and `href="#…"`: `ips25:15` → `item-ips25-15`. */
export function anchorId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function signed(n: number): string {
  return n > 0 ? `+${whole.format(n)}` : n < 0 ? `−${whole.format(-n)}` : '0';
}

/** `Anna, Ben and Carl` */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
