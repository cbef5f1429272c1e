import { SaxesParser } from 'saxes';
import { MAX_ROW_CHARS, scanSheetRows } from './sheet-data-scan';

/**
 * Streaming XML for the parts of a workbook: chunks in, element and text events out, nothing of the document
 * kept. saxes refuses undefined entities (so no entity expansion), and two guards keep a hostile part bounded:
 * - a run of text without a `<` (a text node or a tag) is kept only up to `maxRun` characters; the rest is
 *   skipped unparsed and the text event says it was cut, so a 5 MB cell costs 1 MB at most;
 * - elements may nest at most MAX_DEPTH deep.
 * A handler throws StopParsing to end the part early (the rest is neither unpacked nor parsed).
 */
export interface XmlHandlers {
  /**
   * `name` without its namespace prefix; `attributes` as written (prefixed names kept). The attributes object
   * is valid during the call only: the fast path through sheet rows reuses one for every cell.
   */
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** A text node (or CDATA section); `cut` when it was longer than `maxRun` and only its start is here. */
  text(text: string, cut: boolean): void;
}

export class StopParsing extends Error {}

/** The part is not well-formed XML (or is nested absurdly deep). */
export class XmlDamaged extends Error {}

const MAX_DEPTH = 64;
const LESS_THAN = 0x3c;
/** Longer than any cell Excel can hold (32,767 characters), even with every character escaped. */
export const DEFAULT_MAX_RUN = 1024 * 1024;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Cuts `text` to at most `room` characters without splitting an entity reference or a surrogate pair. */
function cutRun(text: string, room: number): string {
  let kept = text.slice(0, Math.max(0, room));
  const amp = kept.lastIndexOf('&');
  if (amp >= 0 && kept.indexOf(';', amp) < 0) kept = kept.slice(0, amp);
  const last = kept.charCodeAt(kept.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) kept = kept.slice(0, -1);
  return kept;
}

/** Where the first run longer than `maxRun` starts (the `<` before it), from the `<` at `first`; -1 if none. */
function longRunStart(text: string, first: number, maxRun: number): number {
  for (let at = first; ; ) {
    const next = text.indexOf('<', at + 1);
    if ((next < 0 ? text.length : next) - at - 1 > maxRun) return at;
    if (next < 0) return -1;
    at = next;
  }
}

class GuardedFeed {
  /** Characters since the last `<`. */
  private run = 0;
  /** True while the rest of an over-long run is being skipped. */
  skipping = false;
  /** Read (and cleared) by the next text event: the text that ends at the next `<` was cut. */
  cutPending = false;

  constructor(
    private readonly parser: SaxesParser,
    private readonly maxRun: number,
  ) {}

  write(chunk: string): void {
    let text = chunk;
    for (;;) {
      const first = text.indexOf('<');
      if (!this.skipping && this.run + (first < 0 ? text.length : first) <= this.maxRun) {
        // Chunks are usually far shorter than maxRun, so only the run carried in from the last chunk can be too long.
        const longRun = text.length > this.maxRun && first >= 0 ? longRunStart(text, first, this.maxRun) : -1;
        if (longRun < 0) {
          this.parser.write(text);
          this.run = first < 0 ? this.run + text.length : text.length - text.lastIndexOf('<') - 1;
          return;
        }
        // Up to the `<` before the over-long run goes as it is; the run is cut on the next time round.
        this.parser.write(text.slice(0, longRun + 1));
        this.run = 0;
        text = text.slice(longRun + 1);
        continue;
      }
      if (!this.skipping) {
        this.parser.write(cutRun(first < 0 ? text : text.slice(0, first), this.maxRun - this.run));
        this.skipping = true;
      }
      if (first < 0) return;
      this.skipping = false;
      this.run = 0;
      // The `<` on its own: if the cut run was a text node, its text event fires now, with cutPending set.
      this.cutPending = true;
      this.parser.write('<');
      this.cutPending = false;
      text = text.slice(first + 1);
    }
  }
}

/** How far a search for `<sheetData` carries text between chunks before it gives the fast path up. */
const MAX_SHEET_DATA_TAG = 4096;

/**
 * Parses the UTF-8 chunks of one part, calling the handlers; resolves when the part ends or a handler stops it.
 * With `sheetRows`, the rows inside a worksheet's <sheetData> go through the fast path (sheet-data-scan.ts)
 * for as long as it takes them; the parser reads everything else.
 */
export async function parseXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers, options: { maxRun?: number; sheetRows?: boolean } = {}): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const maxRun = options.maxRun ?? DEFAULT_MAX_RUN;
  const feed = new GuardedFeed(parser, maxRun);
  // No text in a row the fast path takes can then be longer than the parser would pass uncut.
  const maxRowChars = Math.min(MAX_ROW_CHARS, maxRun);
  let depth = 0;
  /** Counts the events, so that the one that opened <sheetData> is known to be the last. */
  let events = 0;
  let sheetDataOpenedAt = -1;
  parser.on('opentag', (tag) => {
    events++;
    if (++depth > MAX_DEPTH) throw new XmlDamaged(`elements nested more than ${MAX_DEPTH} deep`);
    const name = localName(tag.name);
    if (depth === 2 && name === 'sheetData' && !tag.isSelfClosing) sheetDataOpenedAt = events;
    handlers.open(name, tag.attributes as Record<string, string>);
  });
  parser.on('closetag', (tag) => {
    events++;
    depth--;
    handlers.close(localName(tag.name));
  });
  parser.on('text', (text) => {
    events++;
    const cut = feed.cutPending;
    feed.cutPending = false;
    handlers.text(text, cut);
  });
  parser.on('cdata', (text) => {
    events++;
    handlers.text(text, false);
  });
  const decoder = new TextDecoder('utf-8');
  /** Where the fast path stands: looking for <sheetData>, taking rows, or done with (the parser reads the rest). */
  let stage: 'seek' | 'rows' | 'parser' = options.sheetRows ? 'seek' : 'parser';
  /** Text not yet given to the parser or the fast path. */
  let held = '';
  const write = (text: string) => {
    if (stage === 'parser') return feed.write(text);
    held += text;
    if (stage === 'seek') {
      const at = held.indexOf('<sheetData');
      const end = at < 0 ? -1 : held.indexOf('>', at);
      if (end < 0) {
        // Up to where the tag could start is the parser's; a tag longer than any real one ends the search.
        const keep = at >= 0 ? at : Math.max(0, held.length - 10);
        if (held.length - keep > MAX_SHEET_DATA_TAG) stage = 'parser';
        const given = stage === 'parser' ? held : held.slice(0, keep);
        held = stage === 'parser' ? '' : held.slice(keep);
        return feed.write(given);
      }
      feed.write(held.slice(0, end + 1));
      held = held.slice(end + 1);
      // Only when the parser has just opened sheetData (the match was not in a comment, say) are rows next.
      stage = sheetDataOpenedAt === events ? 'rows' : 'parser';
      if (stage === 'parser') return write(takeHeld());
    }
    const scanned = scanSheetRows(held, handlers, maxRowChars);
    held = held.slice(scanned.taken);
    if (scanned.handOver) {
      stage = 'parser';
      feed.write(takeHeld());
    }
  };
  const takeHeld = () => {
    const text = held;
    held = '';
    return text;
  };
  try {
    for await (const chunk of chunks) {
      // Skipping a run, a chunk without a `<` is all skipped: not even decoded (what the decoder held is dropped too).
      if (feed.skipping && chunk.indexOf(LESS_THAN) < 0) {
        decoder.decode();
        continue;
      }
      write(decoder.decode(chunk, { stream: true }));
    }
    write(decoder.decode());
    stage = 'parser';
    feed.write(takeHeld());
    parser.close();
  } catch (error) {
    if (error instanceof StopParsing) return;
    if (error instanceof XmlDamaged || !(error instanceof Error) || error.constructor !== Error) throw error;
    // saxes reports malformed XML as a plain Error.
    throw new XmlDamaged(error.message);
  }
}
