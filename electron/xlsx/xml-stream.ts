import { SaxesParser } from 'saxes';

/**
 * Streaming XML for the parts of a workbook: chunks in, element and text events out, nothing of the document
 * kept. saxes refuses undefined entities (so no entity expansion), and two guards keep a hostile part bounded:
 * - a run of text without a `<` (a text node or a tag) is kept only up to `maxRun` characters; the rest is
 *   skipped unparsed and the text event says it was cut, so a 5 MB cell costs 1 MB at most;
 * - elements may nest at most MAX_DEPTH deep.
 * A handler throws StopParsing to end the part early (the rest is neither unpacked nor parsed).
 */
export interface XmlHandlers {
  /** `name` without its namespace prefix; `attributes` as written (prefixed names kept). */
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
      // Fast path: chunks are far shorter than maxRun, so only the run carried in from the last chunk can grow too long.
      if (!this.skipping && this.run + (first < 0 ? text.length : first) <= this.maxRun) {
        this.parser.write(text);
        this.run = first < 0 ? this.run + text.length : text.length - text.lastIndexOf('<') - 1;
        return;
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

/** Parses the UTF-8 chunks of one part, calling the handlers; resolves when the part ends or a handler stops it. */
export async function parseXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers, maxRun = DEFAULT_MAX_RUN): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const feed = new GuardedFeed(parser, maxRun);
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) throw new XmlDamaged(`elements nested more than ${MAX_DEPTH} deep`);
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close(localName(tag.name));
  });
  parser.on('text', (text) => {
    const cut = feed.cutPending;
    feed.cutPending = false;
    handlers.text(text, cut);
  });
  parser.on('cdata', (text) => handlers.text(text, false));
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of chunks) {
      // Skipping a run, a chunk without a `<` is all skipped: not even decoded (what the decoder held is dropped too).
      if (feed.skipping && chunk.indexOf(LESS_THAN) < 0) {
        decoder.decode();
        continue;
      }
      feed.write(decoder.decode(chunk, { stream: true }));
    }
    feed.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof StopParsing) return;
    if (error instanceof XmlDamaged || !(error instanceof Error) || error.constructor !== Error) throw error;
    // saxes reports malformed XML as a plain Error.
    throw new XmlDamaged(error.message);
  }
}
