import { escapeXmlAttr, escapeXmlText } from '../template/xml-lexer';

/**
 * The fixed parts of a workbook written from scratch by workbook-stream.ts: content types, relationships,
 * workbook, styles and document properties. Only the sheet names, the creator and the time vary. The
 * styles are the few the writer uses (CELL_STYLE), with the default font, fills and border Excel requires
 * to be present even when nothing uses them. There is no theme part: the fonts are named outright.
 */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Indexes into styles.xml's cellXfs below, in their order. */
export const CELL_STYLE = { general: 0, text: 1, date: 2, header: 3 } as const;
export type ColumnStyle = 'general' | 'text' | 'date';

export const DATE_FORMAT = 'dd/mm/yyyy';
/** The first number format id a workbook may define itself; lower ones are built in (49 is Text, `@`). */
const DATE_FORMAT_ID = 164;
const TEXT_FORMAT_ID = 49;

const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument';

export const sheetPart = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;
export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';

export function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/${sheetPart(i)}" ContentType="${CONTENT_TYPE}.spreadsheetml.worksheet+xml"/>`,
  );
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.sheet.main+xml"/>`
    + sheets.join('')
    + `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.styles+xml"/>`
    + `<Override PartName="/${SHARED_STRINGS_PART}" ContentType="${CONTENT_TYPE}.spreadsheetml.sharedStrings+xml"/>`
    + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    + `<Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE}.extended-properties+xml"/>`
    + '</Types>';
}

export function packageRelsXml(): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">`
    + `<Relationship Id="rId1" Type="${RELATIONSHIPS_NS}/officeDocument" Target="xl/workbook.xml"/>`
    + `<Relationship Id="rId2" Type="${PACKAGE_RELS}/metadata/core-properties" Target="docProps/core.xml"/>`
    + `<Relationship Id="rId3" Type="${RELATIONSHIPS_NS}/extended-properties" Target="docProps/app.xml"/>`
    + '</Relationships>';
}

/** Sheet i is relationship rId{i+1}; styles and shared strings follow the sheets. */
export function workbookXml(sheetNames: readonly string[]): string {
  const sheets = sheetNames.map((name, i) => `<sheet name="${escapeXmlAttr(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  return `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">`
    + `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.join('')}</sheets></workbook>`;
}

export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS_NS}/worksheet" Target="${sheetPart(i).slice('xl/'.length)}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${sheets.join('')}`
    + `<Relationship Id="rId${sheetCount + 1}" Type="${RELATIONSHIPS_NS}/styles" Target="styles.xml"/>`
    + `<Relationship Id="rId${sheetCount + 2}" Type="${RELATIONSHIPS_NS}/sharedStrings" Target="sharedStrings.xml"/>`
    + '</Relationships>';
}

const FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';

export function stylesXml(): string {
  const xf = (numFmtId: number, fontId: number, apply: string) =>
    `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${apply}/>`;
  // In CELL_STYLE's order: general, text, date, header (bold).
  const xfs = [
    xf(0, 0, ''),
    xf(TEXT_FORMAT_ID, 0, ' applyNumberFormat="1"'),
    xf(DATE_FORMAT_ID, 0, ' applyNumberFormat="1"'),
    xf(0, 1, ' applyFont="1"'),
  ];
  return `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">`
    + `<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="${DATE_FORMAT}"/></numFmts>`
    + `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>`
    + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    + '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';
}

export function corePropertiesXml(creator: string, at: Date): string {
  const time = `${at.toISOString().slice(0, 19)}Z`;
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"`
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + `<dc:creator>${escapeXmlText(creator)}</dc:creator>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>`
    + `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified></cp:coreProperties>`;
}

export function appPropertiesXml(application: string): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">`
    + `<Application>${escapeXmlText(application)}</Application></Properties>`;
}
