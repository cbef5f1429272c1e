import { formatUkDate, isIsoDate, toDayNumber } from '../../../shared/dates';
import type { FigureValue } from '../../../shared/returns';
import { cellName, type CellAddress } from './cell-ref';
import { richStringXml, type RichString } from './rich-text';
import { isDateFormat, styleOf, type Styles } from './styles';
import { escapeXmlAttr } from './xml-lexer';

/**
 * The XML of a filled cell. The cell keeps its style (`s`) and any other attribute it had, except those
 * describing the old content: the type, and the metadata of dynamic arrays and rich values. Text is
 * written as an inline string, so the shared strings part stays as it was.
 */
const DROPPED_ATTRIBUTES = new Set(['r', 't', 'cm', 'vm']);

/** Days from 1899-12-30 (the 1900 date system, with its leap-year quirk behind us) or from 1904-01-01. */
const EPOCH_1900 = toDayNumber('1899-12-30');
const EPOCH_1904 = toDayNumber('1904-01-01');

export function dateSerial(iso: string, date1904: boolean): number {
  return toDayNumber(iso) - (date1904 ? EPOCH_1904 : EPOCH_1900);
}

export type WrittenValue = { kind: 'number'; number: number } | { kind: 'text'; rich: RichString } | { kind: 'empty' };

/**
 * How a typed value lands in a cell: a date is a date serial when the cell's format shows dates,
 * otherwise dd/mm/yyyy text (a serial under General would read as 46000).
 */
export function typedValue(value: FigureValue, styles: Styles, style: string | undefined, date1904: boolean): WrittenValue {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', number: value } : { kind: 'empty' };
  if (typeof value === 'string') return value === '' ? { kind: 'empty' } : { kind: 'text', rich: { text: value, runs: null } };
  if (!isIsoDate(value.date)) return { kind: 'empty' };
  if (isDateFormat(styleOf(styles, style).numFmt)) return { kind: 'number', number: dateSerial(value.date, date1904) };
  return { kind: 'text', rich: { text: formatUkDate(value.date), runs: null } };
}

function attributesXml(attrs: ReadonlyMap<string, string>): string {
  let out = '';
  for (const [k, v] of attrs) if (!DROPPED_ATTRIBUTES.has(k)) out += ` ${k}="${escapeXmlAttr(v)}"`;
  return out;
}

/** `prefix` is the part's namespace prefix for its elements (usually empty). */
export function cellXml(address: CellAddress, attrs: ReadonlyMap<string, string>, written: WrittenValue, prefix: string): string {
  const head = `<${prefix}c r="${cellName(address)}"${attributesXml(attrs)}`;
  switch (written.kind) {
    case 'empty':
      return `${head}/>`;
    case 'number':
      return `${head}><${prefix}v>${numberText(written.number)}</${prefix}v></${prefix}c>`;
    case 'text':
      return `${head} t="inlineStr"><${prefix}is>${richStringXml(written.rich, prefix)}</${prefix}is></${prefix}c>`;
  }
}

/** Shortest text that reads back as the same double (what Excel and LibreOffice write too). */
export function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}
