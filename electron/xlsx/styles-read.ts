import { parsePart, type WorkbookPackage } from './workbook-package';

/**
 * Which cell styles show a number as a date. Excel stores a date as a plain number (days since 1900) and
 * tells it apart only by the cell's number format, so the reader needs this one fact from styles.xml: for
 * each entry of <cellXfs> (a cell's `s`), whether its number format is a date format. Fonts, fills,
 * borders and everything else in the part are ignored.
 */
export type DateStyles = readonly boolean[];

/** Built-in number formats that show dates (ECMA-376 §18.8.30, with the East Asian date formats). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** Excel allows about 64,000 cell formats; a hostile part may claim millions. */
const MAX_CELL_STYLES = 65_536;
const MAX_STYLES_PART_BYTES = 64 * 1024 * 1024;

/** True when a format code shows a date or time: a d, m, y, h or s outside quotes, escapes and [brackets]. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  // Only the first section counts: it is the one positive numbers (dates) are shown with.
  const first = bare.split(';')[0] ?? '';
  return !/general/i.test(first) && /[dmyhs]/i.test(first);
}

export async function readDateStyles(pkg: WorkbookPackage, part: string): Promise<DateStyles> {
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  await parsePart(
    pkg,
    part,
    {
      open(name, attributes) {
        if (name === 'numFmts') {
          inNumFmts = true;
        } else if (name === 'numFmt' && inNumFmts && customFormats.size < MAX_CELL_STYLES) {
          const id = Number(attributes.numFmtId);
          if (Number.isInteger(id) && attributes.formatCode !== undefined) customFormats.set(id, attributes.formatCode);
        } else if (name === 'cellXfs') {
          inCellXfs = true;
        } else if (name === 'xf' && inCellXfs && styleFormats.length < MAX_CELL_STYLES) {
          styleFormats.push(Number(attributes.numFmtId ?? 0));
        }
      },
      close(name) {
        if (name === 'numFmts') inNumFmts = false;
        else if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    MAX_STYLES_PART_BYTES,
  );
  return styleFormats.map((id) => {
    const custom = customFormats.get(id);
    return custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormatCode(custom);
  });
}
