import { part, repeatedPart, streamedPart, zip, type ZipPart } from './zip-writer';

/**
 * Test helper: workbooks written XML by XML, small on disk, each built to hang, exhaust or crash a reader
 * that trusts what a workbook says or loads it whole (issue 7 point 5).
 */
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const inlineCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
export const sharedCell = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
export const row = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;

export const SHEET_HEAD = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A sheet part: its rows, then whatever a worksheet may hold after them (merges, validations). */
export function sheet(rows: string, after = ''): string {
  return `${SHEET_HEAD}${rows}</sheetData>${after}</worksheet>`;
}

export function sharedStrings(strings: readonly string[]): string {
  const items = strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('');
  return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}

/** Styles with cell format 1 = built-in date format 14, as Excel writes a date cell. */
export const DATE_STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export interface WorkbookOptions {
  shared?: ZipPart;
  styles?: string;
  date1904?: boolean;
}

/** A complete package around named sheet parts (and shared strings, styles, the 1904 date system when asked). */
export function workbook(sheets: readonly { name: string; part: ZipPart }[], { shared, styles, date1904 }: WorkbookOptions = {}): Buffer {
  const sheetParts = sheets.map((s, i) => ({ ...s.part, name: `xl/worksheets/sheet${i + 1}.xml` }));
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (shared) rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (styles) rels.push(`<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  const entries = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  return zip([
    part('[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    part('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>${entries.join('')}</sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`),
    ...(shared ? [{ ...shared, name: 'xl/sharedStrings.xml' }] : []),
    ...(styles ? [part('xl/styles.xml', styles)] : []),
    ...sheetParts,
  ]);
}

/** One sheet named `name` holding `rows` (row XML), in a workbook with `options`. */
export function oneSheet(name: string, rows: string, options: WorkbookOptions = {}): Buffer {
  return workbook([{ name, part: part('', sheet(rows)) }], options);
}

const CLIENT_HEADER = ['client_id', 'referral_date', 'gender', 'ethnicity', 'diagnosis', 'team', 'specialist', 'family_name'];
const headerRow = () => row(1, CLIENT_HEADER.map((name, i) => inlineCell(`${String.fromCharCode(65 + i)}1`, name)));
const clientRows = (n: number) =>
  Array.from({ length: n }, (_, i) => row(i + 2, [inlineCell(`A${i + 2}`, `C${i + 1}`), inlineCell(`B${i + 2}`, '2025-04-01'), inlineCell(`C${i + 2}`, 'female')])).join('');

/** Three clients and an ordinary Excel dropdown on six whole columns (D:I, every one of 1,048,576 rows). */
export function wholeColumnDropdowns(): Buffer {
  const validations = ['D', 'E', 'F', 'G', 'H', 'I'].map(
    (c) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${c}1:${c}1048576"><formula1>"a,b,c"</formula1></dataValidation>`,
  );
  const after = `<dataValidations count="6">${validations.join('')}</dataValidations>`;
  return workbook([{ name: 'Clients', part: part('', sheet(headerRow() + clientRows(3), after)) }]);
}

/** Three clients and one merged range over the whole sheet. */
export function wholeSheetMerge(): Buffer {
  const after = '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>';
  return workbook([{ name: 'Clients', part: part('', sheet(headerRow() + clientRows(3), after)) }]);
}

/** A Clients sheet that says it unpacks to 1 KB and really unpacks to `gigabytes` GB (of spaces between its rows). */
export function understatedSizes(gigabytes: number): Buffer {
  const megabyte = ' '.repeat(1024 * 1024);
  const bomb = repeatedPart('', SHEET_HEAD + headerRow(), megabyte, Math.round(gigabytes * 1024), clientRows(1) + SHEET_TAIL);
  return workbook([{ name: 'Clients', part: { ...bomb, declaredSize: 1024 } }]);
}

/** A Clients sheet of `rows` valid clients, generated as a stream. */
export async function manyRows(rows: number): Promise<Buffer> {
  function* pieces() {
    yield SHEET_HEAD + headerRow();
    for (let r = 2; r <= rows + 1; r++) yield row(r, [inlineCell(`A${r}`, `C${r}`), inlineCell(`B${r}`, '2025-04-01')]);
    yield SHEET_TAIL;
  }
  return workbook([{ name: 'Clients', part: await streamedPart('', pieces()) }]);
}

export const FIVE_MB = 5 * 1024 * 1024;

/**
 * Over-long cells: a 5 MB client_id typed inline (row 2), a 5 MB given name in the shared strings (row 3),
 * a 40,000-character family name (row 4) and a 1,000-character gender that the message quotes (row 5).
 */
export async function longStrings(): Promise<Buffer> {
  const five = 'x'.repeat(FIVE_MB);
  const shared = part('', sharedStrings(['client_id', 'referral_date', 'given_name', 'family_name', 'gender', five, 'y'.repeat(1000)]));
  const header = row(1, [sharedCell('A1', 0), sharedCell('B1', 1), sharedCell('C1', 2), sharedCell('D1', 3), sharedCell('E1', 4)]);
  const sheetPart = await streamedPart('', [
    SHEET_HEAD,
    header,
    row(2, [inlineCell('A2', five), inlineCell('B2', '2025-04-01')]),
    row(3, [inlineCell('A3', 'C3'), inlineCell('B3', '2025-04-01'), sharedCell('C3', 5)]),
    row(4, [inlineCell('A4', 'C4'), inlineCell('B4', '2025-04-01'), inlineCell('D4', 'z'.repeat(40_000))]),
    row(5, [inlineCell('A5', 'C5'), inlineCell('B5', '2025-04-01'), sharedCell('E5', 6)]),
    SHEET_TAIL,
  ]);
  return workbook([{ name: 'Clients', part: sheetPart }], { shared });
}
