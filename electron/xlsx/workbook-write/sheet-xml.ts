import { columnLetter } from '../interchange-sheet-read';
import { escapeXmlAttr, escapeXmlText } from '../template/xml-lexer';
import { CELL_STYLE, MAIN_NS, RELATIONSHIPS_NS, XML_DECLARATION, type ColumnStyle } from './package-parts';
import type { SharedStrings } from './shared-strings';

/**
 * The worksheet XML of a table: a bold header row frozen at the top, one style per column (set on the
 * column too, so rows typed in later get it), rows of cells, and list validations (dropdowns). Cells are
 * written as Excel writes them (`<c r="B7" s="1" t="s"><v>12</v></c>`); a blank is no cell at all.
 */
export interface SheetColumn {
  header: string;
  width: number;
  style: ColumnStyle;
}

/** A dropdown: the cells of `sqref` offer the values `formula` names; other values get the error. */
export interface ListValidation {
  sqref: string;
  formula: string;
  /** `stop` refuses another value; `information` only says so and keeps it. */
  errorStyle: 'stop' | 'information';
  errorTitle: string;
  error: string;
}

/** What a column's cells need, worked out once: the column letter and the style attribute. */
export interface CellFormat {
  letter: string;
  style: string;
}

export function cellFormats(columns: readonly SheetColumn[]): CellFormat[] {
  return columns.map((column, i) => ({
    letter: columnLetter(i + 1),
    style: column.style === 'general' ? '' : ` s="${CELL_STYLE[column.style]}"`,
  }));
}

/** A cell of row `row`: text goes to the shared strings, a number is written as it is. */
export function cellXml(format: CellFormat, row: number, value: string | number, strings: SharedStrings): string {
  return typeof value === 'number'
    ? `<c r="${format.letter}${row}"${format.style}><v>${value}</v></c>`
    : `<c r="${format.letter}${row}"${format.style} t="s"><v>${strings.indexOf(value)}</v></c>`;
}

/** Everything before the second row: sheet settings, columns and the header row. */
export function sheetStartXml(columns: readonly SheetColumn[], strings: SharedStrings): string {
  const cols = columns.map((column, i) => {
    const style = column.style === 'general' ? '' : ` style="${CELL_STYLE[column.style]}"`;
    return `<col min="${i + 1}" max="${i + 1}" width="${column.width}"${style} customWidth="1"/>`;
  });
  const header: CellFormat[] = columns.map((_, i) => ({ letter: columnLetter(i + 1), style: ` s="${CELL_STYLE.header}"` }));
  const headerCells = columns.map((column, i) => cellXml(header[i]!, 1, column.header, strings));
  return `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">`
    + '<sheetViews><sheetView workbookViewId="0">'
    + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    + '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
    + `<cols>${cols.join('')}</cols><sheetData>`
    + `<row r="1" s="${CELL_STYLE.header}" customFormat="1">${headerCells.join('')}</row>`;
}

/** Everything after the last row: the dropdowns and the page margins Excel writes with every sheet. */
export function sheetEndXml(validations: readonly ListValidation[]): string {
  const rules = validations.map(
    (v) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="${v.errorStyle}"`
      + ` errorTitle="${escapeXmlAttr(v.errorTitle)}" error="${escapeXmlAttr(v.error)}" sqref="${v.sqref}">`
      + `<formula1>${escapeXmlText(v.formula)}</formula1></dataValidation>`,
  );
  return '</sheetData>'
    + (rules.length > 0 ? `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>` : '')
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}
