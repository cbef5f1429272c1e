import { CLIENTS_ROW_MARKER } from './client-columns';
import { parseFigureRef, type FigureRef } from './figure-ref';

/**
 * Tokens in cell text: `{{ figure }}`, spaces inside the braces allowed. Braces cannot nest, so a token is
 * the shortest `{{…}}` without `{` or `}` inside; text that merely looks like a brace is left alone.
 */
export type TokenMatch = {
  /** Offsets in the text, `end` exclusive. */
  start: number;
  end: number;
  /** What is between the braces, trimmed. */
  inner: string;
};

/** Longest token text considered: anything longer is prose, not a figure name. */
const MAX_TOKEN_INNER = 200;
const TOKEN = /\{\{([^{}]{0,200})\}\}/g;

export function findTokens(text: string): TokenMatch[] {
  if (!text.includes('{{')) return [];
  const found: TokenMatch[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const inner = m[1]!.trim();
    if (inner.length <= MAX_TOKEN_INNER) found.push({ start: m.index, end: m.index + m[0].length, inner });
  }
  return found;
}

export const isClientsMarker = (token: TokenMatch): boolean => token.inner.toLowerCase() === CLIENTS_ROW_MARKER;

/** True when the whole text (ignoring surrounding spaces) is exactly one token: the cell gets a typed value. */
export function isWholeCellToken(text: string, tokens: readonly TokenMatch[]): boolean {
  if (tokens.length !== 1) return false;
  const t = tokens[0]!;
  return text.slice(0, t.start).trim() === '' && text.slice(t.end).trim() === '';
}

export type CellTokens =
  | { ok: true; tokens: Array<TokenMatch & { ref: FigureRef }>; marker: TokenMatch | null }
  | { ok: false; bad: Array<TokenMatch & { message: string }> };

/** Every token of a cell parsed; the `{{#clients}}` marker, when first, is returned apart. */
export function parseCellTokens(text: string): CellTokens | null {
  const tokens = findTokens(text);
  if (tokens.length === 0) return null;
  const good: Array<TokenMatch & { ref: FigureRef }> = [];
  const bad: Array<TokenMatch & { message: string }> = [];
  let marker: TokenMatch | null = null;
  tokens.forEach((token, i) => {
    if (isClientsMarker(token)) {
      if (i === 0 && text.slice(0, token.start).trim() === '') marker = token;
      else bad.push({ ...token, message: `"{{#clients}}" must come first in the first cell of the client row` });
      return;
    }
    const parsed = parseFigureRef(token.inner);
    if (parsed.ok) good.push({ ...token, ref: parsed.ref });
    else bad.push({ ...token, message: parsed.message });
  });
  return bad.length > 0 ? { ok: false, bad } : { ok: true, tokens: good, marker };
}
