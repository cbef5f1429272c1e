import type { XmlHandlers } from './xml-stream';

/**
 * A fast path through the rows of a worksheet's <sheetData>, beside the streaming XML parser (xml-stream.ts).
 * Nearly all of a large sheet is rows of plain cells, `<row r="5"><c r="A5" s="1" t="s"><v>12</v></c>…</row>`,
 * and walking them with string searches costs a fraction of a general parser's character-by-character state
 * machine (the Contacts sheet of 200,000 rows: ~0.4 s rather than ~2 s). The scan takes whole rows only, and
 * only those made of what it knows:
 * - `<row>` holding `<c>` cells, each empty or holding `<v>`, `<f>` and an inline string `<is><t>…</t></is>`;
 * - attributes quoted either way, text with the five predefined entities and character references;
 * - whitespace between elements.
 * At anything else (a comment, a prefixed name, rich text, a character XML forbids, a row longer than
 * MAX_ROW_CHARS, the end of sheetData) it stops before that row and the general parser reads on from there.
 * Each row it takes is checked to be well-formed first and only then reported, through the same handlers the
 * parser calls, with the same events: the parser, which never sees those rows, is left just as they would.
 */

/** A row longer than this is left to the parser (whose guard cuts over-long text): real rows are far shorter. */
export const MAX_ROW_CHARS = 256 * 1024;

const OPEN = 0;
const CLOSE = 1;
const TEXT = 2;
const OPEN_CELL = 3;

/** One row's events, held until the whole row has been judged; reused from row to row. */
class RowEvents {
  private kinds: number[] = [];
  private names: string[] = [];
  private values: (Readonly<Record<string, string>> | string | null)[] = [];
  private cellAttributes: [string | undefined, string | undefined, string | undefined][] = [];
  private count = 0;
  /** What a handler gets for a cell: valid during the call only (xml-stream.ts says so of every attribute set). */
  private readonly cell: { r?: string; s?: string; t?: string } = { r: undefined, s: undefined, t: undefined };

  private add(kind: number, name: string, value: Readonly<Record<string, string>> | string | null): void {
    this.kinds[this.count] = kind;
    this.names[this.count] = name;
    this.values[this.count++] = value;
  }

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    this.add(OPEN, name, attributes);
  }

  /** A cell's start tag, its attributes kept apart: they are handed over in one object reused for every cell. */
  openCell(r: string | undefined, s: string | undefined, t: string | undefined): void {
    this.cellAttributes[this.count] = [r, s, t];
    this.add(OPEN_CELL, 'c', null);
  }

  close(name: string): void {
    this.add(CLOSE, name, null);
  }

  text(text: string): void {
    this.add(TEXT, '', text);
  }

  clear(): void {
    this.count = 0;
  }

  replay(handlers: XmlHandlers): void {
    for (let i = 0; i < this.count; i++) {
      const kind = this.kinds[i];
      if (kind === OPEN_CELL) {
        [this.cell.r, this.cell.s, this.cell.t] = this.cellAttributes[i]!;
        handlers.open('c', this.cell as Record<string, string>);
      } else if (kind === OPEN) handlers.open(this.names[i]!, this.values[i] as Record<string, string>);
      else if (kind === CLOSE) handlers.close(this.names[i]!);
      else handlers.text(this.values[i] as string, false);
    }
  }
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const isSpace = (code: number) => code === SPACE || code === LF || code === TAB || code === CR;

/** Characters XML forbids in text (or would change: CR is normalised), and the `]]>` it forbids there. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const AWKWARD_TEXT = /[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|]]>/;
/** In an attribute value, whitespace other than a space is normalised by XML: left to the parser. */
// eslint-disable-next-line no-control-regex -- as above
const AWKWARD_VALUE = /[\x00-\x1f\ufffe\uffff<]/;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A code point a character reference may name in XML 1.0. */
function allowedCodePoint(code: number): boolean {
  if (code < 0x20) return code === TAB || code === LF || code === CR;
  return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count++;
  return count;
}

/** Text with its references replaced; null when it holds anything the parser should judge. */
function decodeText(raw: string, awkward: RegExp): string | null {
  if (awkward.test(raw)) return null;
  if (raw.indexOf('&') < 0) return raw;
  let bad = false;
  let references = 0;
  const decoded = raw.replace(REFERENCE, (_all, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    references++;
    if (name) return NAMED[name]!;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    if (!allowedCodePoint(code)) bad = true;
    return bad ? '' : String.fromCodePoint(code);
  });
  // An `&` that began no reference is an undefined entity or a malformed reference.
  return bad || references !== countOf(raw, '&') ? null : decoded;
}

interface StartTag {
  name: string;
  attributes: Readonly<Record<string, string>>;
  selfClosing: boolean;
  /** Just after the tag's `>`. */
  end: number;
}

/** A-Z, a-z, `_`: how an attribute name may start here (XML allows more; the parser judges the rest). */
const isNameStart = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
/** Name characters after the first: letters, digits, `_`, `.`, `:` and `-`. */
const isNameChar = (code: number) => isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x3a || code === 0x2d;

/** The one of `names` whose start tag begins at `at` (its `<`), or undefined. */
function tagName(text: string, at: number, names: readonly string[]): string | undefined {
  for (const name of names) {
    if (!text.startsWith(name, at + 1)) continue;
    const after = text.charCodeAt(at + 1 + name.length);
    if (isSpace(after) || after === 0x2f || after === 0x3e) return name;
  }
  return undefined;
}

/**
 * Text or an attribute value as written, when it needs nothing done to it: no reference, no `]` (of `]]>`),
 * nothing XML forbids or would normalise. The rest goes through decodeText.
 */
function isPlain(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x26 /* & */ || code === 0x3c /* < */ || code === 0x5d /* ] */ || code >= 0xfffe) return false;
  }
  return true;
}

/** Attributes of a tag that has none: shared, as nothing changes them. */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/** The start tag at `at` (its `<`), when it is one of the `names` and simply written; else null. */
function startTag(text: string, at: number, names: readonly string[]): StartTag | null {
  const name = tagName(text, at, names);
  if (name === undefined) return null;
  let attributes: Record<string, string> | undefined;
  let p = at + 1 + name.length;
  for (;;) {
    const before = p;
    while (isSpace(text.charCodeAt(p))) p++;
    const code = text.charCodeAt(p);
    if (code === 0x3e /* > */) return { name, attributes: attributes ?? NO_ATTRIBUTES, selfClosing: false, end: p + 1 };
    if (code === 0x2f /* / */) return text.charCodeAt(p + 1) === 0x3e ? { name, attributes: attributes ?? NO_ATTRIBUTES, selfClosing: true, end: p + 2 } : null;
    // An attribute must follow whitespace, and its name be plainly written.
    if (p === before || !isNameStart(code)) return null;
    const nameStart = p;
    while (isNameChar(text.charCodeAt(++p)));
    const attribute = text.slice(nameStart, p);
    const quote = text.charCodeAt(p + 1);
    if (text.charCodeAt(p) !== 0x3d /* = */ || (quote !== 0x22 && quote !== 0x27)) return null;
    attributes ??= {};
    if (attribute in attributes) return null;
    const close = text.indexOf(quote === 0x22 ? '"' : "'", p + 2);
    if (close < 0) return null;
    const value = isPlain(text, p + 2, close) ? text.slice(p + 2, close) : decodeText(text.slice(p + 2, close), AWKWARD_VALUE);
    if (value === null) return null;
    attributes[attribute] = value;
    p = close + 1;
  }
}

/** `r`, `s` or `t`: the attributes a cell's start tag may have here (the interchange reads all three). */
const CELL_ATTRIBUTE = { r: 0, s: 1, t: 2 } as const;

/**
 * A cell's start tag at `at`, its `r`, `s` and `t` attributes added to `events`; null when it is not simply
 * written or has any other attribute (so no attribute object is made per cell: with a million cells, that
 * and the property stores cost more than the rest of the scan).
 */
function cellTag(text: string, at: number, events: RowEvents): { selfClosing: boolean; end: number } | null {
  if (!text.startsWith('c', at + 1)) return null;
  const values: [string | undefined, string | undefined, string | undefined] = [undefined, undefined, undefined];
  let p = at + 2;
  for (;;) {
    const before = p;
    while (isSpace(text.charCodeAt(p))) p++;
    const code = text.charCodeAt(p);
    const selfClosing = code === 0x2f && text.charCodeAt(p + 1) === 0x3e;
    if (code === 0x3e || selfClosing) {
      events.openCell(...values);
      return { selfClosing, end: p + (selfClosing ? 2 : 1) };
    }
    const slot = CELL_ATTRIBUTE[text[p] as keyof typeof CELL_ATTRIBUTE];
    const quote = text.charCodeAt(p + 2);
    if (p === before || slot === undefined || text.charCodeAt(p + 1) !== 0x3d || (quote !== 0x22 && quote !== 0x27) || values[slot] !== undefined) return null;
    const close = text.indexOf(quote === 0x22 ? '"' : "'", p + 3);
    if (close < 0) return null;
    const value = isPlain(text, p + 3, close) ? text.slice(p + 3, close) : decodeText(text.slice(p + 3, close), AWKWARD_VALUE);
    if (value === null) return null;
    values[slot] = value;
    p = close + 1;
  }
}

const ROW = ['row'];
const IN_CELL = ['v', 'f', 'is'];
const TEXT_RUN = ['t'];

const CLOSE_TAG: Readonly<Record<string, string>> = { v: '</v>', f: '</f>', t: '</t>' };

/**
 * The events of one element holding only text (`<v>`, `<f>`, `<t>`) whose start tag is `tag`, added to `events`;
 * returns where it ends, or -1 when it is not simply written.
 */
function textElement(text: string, tag: StartTag, events: RowEvents): number {
  events.open(tag.name, tag.attributes);
  if (tag.selfClosing) {
    events.close(tag.name);
    return tag.end;
  }
  const lt = text.indexOf('<', tag.end);
  const closeTag = CLOSE_TAG[tag.name]!;
  if (lt < 0 || !text.startsWith(closeTag, lt)) return -1;
  if (lt > tag.end) {
    const decoded = isPlain(text, tag.end, lt) ? text.slice(tag.end, lt) : decodeText(text.slice(tag.end, lt), AWKWARD_TEXT);
    if (decoded === null) return -1;
    events.text(decoded);
  }
  events.close(tag.name);
  return lt + closeTag.length;
}

function skipSpace(text: string, p: number, end: number): number {
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/** The inside of `<is>` from `p`: one plain `<t>`, then `</is>`. Returns where it ends, or -1. */
function inlineString(text: string, p: number, end: number, events: RowEvents): number {
  const at = skipSpace(text, p, end);
  const t = text.charCodeAt(at) === 0x3c ? startTag(text, at, TEXT_RUN) : null;
  if (!t) return -1;
  const after = textElement(text, t, events);
  if (after < 0) return -1;
  const close = skipSpace(text, after, end);
  if (!text.startsWith('</is>', close)) return -1;
  events.close('is');
  return close + 5;
}

/** The cells of a row, from `p` to `end` (its `</row>`), as events; false when any of it is not simply written. */
function rowBody(text: string, p: number, end: number, events: RowEvents): boolean {
  for (;;) {
    p = skipSpace(text, p, end);
    if (p === end) return true;
    const cell = text.charCodeAt(p) === 0x3c ? cellTag(text, p, events) : null;
    if (!cell) return false;
    p = cell.end;
    if (!cell.selfClosing) {
      for (;;) {
        p = skipSpace(text, p, end);
        if (text.startsWith('</c>', p)) {
          p += 4;
          break;
        }
        const child = text.charCodeAt(p) === 0x3c ? startTag(text, p, IN_CELL) : null;
        if (!child) return false;
        if (child.name === 'is') {
          events.open('is', child.attributes);
          if (child.selfClosing) events.close('is');
          p = child.selfClosing ? child.end : inlineString(text, child.end, end, events);
        } else {
          p = textElement(text, child, events);
        }
        if (p < 0 || p > end) return false;
      }
    }
    events.close('c');
  }
}

export interface RowsScanned {
  /** How many characters the rows taken had: the parser reads on from there. */
  taken: number;
  /** True when the scan stopped at something it leaves to the parser; false when it needs more text. */
  handOver: boolean;
}

/**
 * Reports the whole, simply written rows at the start of `text` (the inside of <sheetData>, from a row
 * boundary) to `handlers`, and says how far it got and why it stopped. A row longer than `maxRowChars`
 * is left to the parser.
 */
export function scanSheetRows(text: string, handlers: XmlHandlers, maxRowChars = MAX_ROW_CHARS): RowsScanned {
  let taken = 0;
  const events = new RowEvents();
  const wait = (at: number): RowsScanned => ({ taken, handOver: text.length - at > maxRowChars });
  for (;;) {
    const at = skipSpace(text, taken, text.length);
    if (at === text.length) return wait(at);
    if (text.charCodeAt(at) !== 0x3c) return { taken, handOver: true };
    // The row's start tag (or, at the end of the rows, whatever comes next) must be here whole to be judged.
    if (text.indexOf('>', at) < 0) return wait(at);
    const row = startTag(text, at, ROW);
    if (!row) return { taken, handOver: true };
    events.clear();
    events.open('row', row.attributes);
    let end = row.end;
    if (!row.selfClosing) {
      const close = text.indexOf('</row>', row.end);
      if (close < 0) return wait(at);
      if (close - at > maxRowChars || !rowBody(text, row.end, close, events)) return { taken, handOver: true };
      end = close + 6;
    }
    events.close('row');
    events.replay(handlers);
    taken = end;
  }
}
