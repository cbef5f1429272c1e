import { readElementText, xmlTokens } from './xml-lexer';

/**
 * What the filler and the template preview need from `styles.xml`: each cell style's number format (to
 * know whether a date goes in as a date serial, and to show values as the spreadsheet would), and enough of
 * its font, fill and alignment to draw a grid that looks like the sheet.
 */
export type CellStyle = { numFmt: string; bold: boolean; italic: boolean; fill: string | null; align: string | null };
export type Styles = { cellStyles: CellStyle[] };

/** Excel's built-in number formats that matter for display (ECMA-376 18.8.30). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'dd/mm/yyyy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'dd/mm/yyyy h:mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

export const DEFAULT_STYLE: CellStyle = { numFmt: 'General', bold: false, italic: false, fill: null, align: null };

/** A format shows a date when, outside quoted text and [colour] brackets, it has a day, month or year code. */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare) && !/[0#?]/.test(bare));
}

export function readStyles(xml: string | null): Styles {
  if (!xml) return { cellStyles: [] };
  const numFmts = new Map<number, string>();
  const fonts: Array<{ bold: boolean; italic: boolean }> = [];
  const fills: Array<string | null> = [];
  const xfs: Array<{ numFmtId: number; fontId: number; fillId: number; align: string | null }> = [];
  const stack: string[] = [];
  let font: { bold: boolean; italic: boolean } | null = null;
  let fill: string | null | undefined;
  let xf: (typeof xfs)[number] | null = null;
  const tokens = xmlTokens(xml);
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'close') {
      stack.pop();
      if (token.local === 'font' && font && stack.at(-1) === 'fonts') fonts.push(font);
      if (token.local === 'fill' && stack.at(-1) === 'fills') fills.push(fill ?? null);
      if (token.local === 'xf' && xf && stack.at(-1) === 'cellXfs') xfs.push(xf);
      continue;
    }
    if (token.type !== 'open') continue;
    const parent = stack.at(-1);
    const a = token.attrs;
    if (token.local === 'numFmt' && parent === 'numFmts') numFmts.set(Number(a.get('numFmtId')), a.get('formatCode') ?? 'General');
    else if (token.local === 'font' && parent === 'fonts') font = { bold: false, italic: false };
    else if ((token.local === 'b' || token.local === 'i') && parent === 'font' && font) {
      font[token.local === 'b' ? 'bold' : 'italic'] = a.get('val') !== '0' && a.get('val') !== 'false';
    } else if (token.local === 'fill' && parent === 'fills') fill = null;
    else if (token.local === 'fgColor' && parent === 'patternFill' && a.get('rgb')) fill = `#${a.get('rgb')!.slice(-6)}`;
    else if (token.local === 'xf' && parent === 'cellXfs') {
      xf = { numFmtId: Number(a.get('numFmtId') ?? 0), fontId: Number(a.get('fontId') ?? 0), fillId: Number(a.get('fillId') ?? 0), align: null };
    } else if (token.local === 'alignment' && parent === 'xf' && xf) xf.align = a.get('horizontal') ?? null;
    else if (token.local === 'numFmt' || token.local === 'dxfs' || token.local === 'extLst') {
      if (!token.selfClosing) readElementText(tokens, token);
      continue;
    }
    if (token.selfClosing) {
      if (token.local === 'font' && font && parent === 'fonts') fonts.push(font);
      if (token.local === 'fill' && parent === 'fills') fills.push(null);
      if (token.local === 'xf' && xf && parent === 'cellXfs') xfs.push(xf);
    } else stack.push(token.local);
  }
  const cellStyles = xfs.map((x) => ({
    numFmt: numFmts.get(x.numFmtId) ?? BUILT_IN_FORMATS[x.numFmtId] ?? 'General',
    bold: fonts[x.fontId]?.bold ?? false,
    italic: fonts[x.fontId]?.italic ?? false,
    // Fills 0 and 1 are the reserved "none" and "gray125" patterns.
    fill: x.fillId > 1 ? (fills[x.fillId] ?? null) : null,
    align: x.align,
  }));
  return { cellStyles };
}

export function styleOf(styles: Styles, s: string | undefined): CellStyle {
  return styles.cellStyles[Number(s ?? 0)] ?? DEFAULT_STYLE;
}
