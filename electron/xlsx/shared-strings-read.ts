import { parsePart, type WorkbookPackage } from './workbook-package';

/**
 * The shared strings (xl/sharedStrings.xml), where Excel keeps the text typed into cells: each <si> is one
 * string, plain (<t>) or rich text (runs <r><t>), with phonetic guides (<rPh>) that are not part of the text.
 * A string longer than a cell may hold is kept as its length only, and the whole table is bounded: these
 * strings are the one part of a workbook the reader must hold in memory while it reads the sheets.
 */
export const MAX_CELL_CHARS = 32_767;

/** Text longer than a cell may hold; `length` is null when it was longer than the XML reader keeps. */
export interface OverlongText {
  overlong: true;
  length: number | null;
}

export type SharedString = string | OverlongText;

export interface SharedStringLimits {
  maxCount: number;
  maxChars: number;
}

export const SHARED_STRING_LIMITS: SharedStringLimits = { maxCount: 2_000_000, maxChars: 64 * 1024 * 1024 };

export class TooManySharedStrings extends Error {
  constructor(readonly limits: SharedStringLimits) {
    super('too many shared strings');
  }
}

/** Collects the text of one string, cell or shared, keeping no more than a cell may hold. Reused: see reset. */
export class TextCollector {
  private text = '';
  private length = 0;
  private cut = false;

  reset(): this {
    this.text = '';
    this.length = 0;
    this.cut = false;
    return this;
  }

  add(text: string, cut: boolean): void {
    if (cut) this.cut = true;
    this.length += text.length;
    // Text nodes come whole from the parser: one piece per <t> or <v>, a few for rich text.
    if (!this.cut && this.length <= MAX_CELL_CHARS) this.text += text;
  }

  hasText(): boolean {
    return this.length > 0 || this.cut;
  }

  result(): SharedString {
    if (this.cut) return { overlong: true, length: null };
    if (this.length > MAX_CELL_CHARS) return { overlong: true, length: this.length };
    return this.text;
  }
}

export async function readSharedStrings(pkg: WorkbookPackage, part: string, limits: SharedStringLimits, maxPartBytes: number): Promise<SharedString[]> {
  const strings: SharedString[] = [];
  let chars = 0;
  const collector = new TextCollector();
  let current: TextCollector | null = null;
  let inText = false;
  let phonetic = 0;
  await parsePart(
    pkg,
    part,
    {
      open(name) {
        if (name === 'si') current = collector.reset();
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && current && phonetic === 0) inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si' && current) {
          const text = current.result();
          current = null;
          if (typeof text === 'string') chars += text.length;
          if (strings.length >= limits.maxCount || chars > limits.maxChars) throw new TooManySharedStrings(limits);
          strings.push(text);
        }
      },
      text(text, cut) {
        if (inText && current) current.add(text, cut);
      },
    },
    maxPartBytes,
  );
  return strings;
}
