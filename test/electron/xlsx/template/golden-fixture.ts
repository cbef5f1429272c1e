import { zipParts, type FixturePart } from './zip-fixture';

/**
 * The golden template, written part by part as Excel lays a workbook out (exceljs would drop the chart,
 * the extension-list validation, the external link and the custom XML, so it cannot make this file).
 * It holds every feature the filler must leave alone: merged cells, number formats, formulas and a
 * shared formula, a calculation chain, data validation (plain and x14 extension list), conditional
 * formatting, defined names, a hidden sheet, a chart, an image, comments, an external link, custom XML,
 * document properties, an autofilter, frozen panes and a table.
 *
 * Return sheet (the figures):
 *   A1:D1 merged title; A2 "Service: {{service.name}}" split over two rich-text runs; A3 inline string
 *   "Period: {{period.label}}"; B4 {{job_starts}} (shared string, with a list validation); C4
 *   {{job_starts.people}} as an inline string; B5 {{employment_rate}} (0.0% format, conditional format);
 *   B6 {{period.end}} (dd/mm/yyyy); B7 a formula whose text result is "{{referrals}}" (a token typed over a
 *   formula); B8:B10 a shared formula =B4*2 (B8 its first cell, filled through the mapping); B11
 *   =SUM(B4:C4); B12 =B8+1; B20 empty, named `active_caseload`; A13:C16 a filtered list.
 * Clients sheet: header row, a table over A1:C2, and the {{#clients}} row 2.
 * Data sheet (hidden): the chart's data and a formula reading the external workbook.
 */
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = (type: string) => `application/vnd.openxmlformats-officedocument.${type}`;

export const GOLDEN_MAPPING = { 'Return!B8': 'referrals' } as const;

/** A 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const contentTypes = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>
<Override PartName="/xl/workbook.xml" ContentType="${CT('spreadsheetml.sheet.main+xml')}"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT('spreadsheetml.worksheet+xml')}"/>
<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT('spreadsheetml.worksheet+xml')}"/>
<Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CT('spreadsheetml.worksheet+xml')}"/>
<Override PartName="/xl/styles.xml" ContentType="${CT('spreadsheetml.styles+xml')}"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="${CT('spreadsheetml.sharedStrings+xml')}"/>
<Override PartName="/xl/calcChain.xml" ContentType="${CT('spreadsheetml.calcChain+xml')}"/>
<Override PartName="/xl/comments1.xml" ContentType="${CT('spreadsheetml.comments+xml')}"/>
<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT('drawing+xml')}"/>
<Override PartName="/xl/charts/chart1.xml" ContentType="${CT('drawingml.chart+xml')}"/>
<Override PartName="/xl/tables/table1.xml" ContentType="${CT('spreadsheetml.table+xml')}"/>
<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${CT('spreadsheetml.externalLink+xml')}"/>
<Override PartName="/customXml/itemProps1.xml" ContentType="${CT('customXmlProperties+xml')}"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="${CT('extended-properties+xml')}"/>
<Override PartName="/docProps/custom.xml" ContentType="${CT('custom-properties+xml')}"/>
</Types>`;

const rootRels = `${XML}<Relationships xmlns="${PKG_REL}">
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>
<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>
</Relationships>`;

const core = `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Quarterly IPS return</dc:title><dc:creator>Commissioning team</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>`;
const app = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><Company>Example ICB</Company></Properties>`;
const custom = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ReturnVersion"><vt:lpwstr>2026.1</vt:lpwstr></property></Properties>`;

const workbook = `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr defaultThemeVersion="124226"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="10000"/></bookViews><sheets><sheet name="Return" sheetId="1" r:id="rId1"/><sheet name="Clients" sheetId="2" r:id="rId2"/><sheet name="Data" sheetId="3" state="hidden" r:id="rId3"/></sheets><externalReferences><externalReference r:id="rId7"/></externalReferences><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Return!$A$13:$C$16</definedName><definedName name="active_caseload">Return!$B$20</definedName><definedName name="Targets">Data!$A$1:$A$3</definedName></definedNames><calcPr calcId="191029"/></workbook>`;

const workbookRels = `${XML}<Relationships xmlns="${PKG_REL}">
<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet3.xml"/>
<Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rId5" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId6" Type="${REL}/calcChain" Target="calcChain.xml"/>
<Relationship Id="rId7" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/>
<Relationship Id="rId8" Type="${REL}/customXml" Target="../customXml/item1.xml"/>
</Relationships>`;

// numFmt 164 = 0.0%, 165 = dd/mm/yyyy. xf 1 bold title, 2 percent, 3 date, 4 filled header, 5 plain.
const styles = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>`;

const sst = (items: string[]) => `${XML}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
const si = (t: string) => `<si><t xml:space="preserve">${t}</t></si>`;
export const GOLDEN_STRINGS = [
  si('Quarterly IPS return'), // 0
  // 1: the token is split over two runs with different formatting, as Excel saves a half-bold token.
  '<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve">Service: {{service.</t></r><r><rPr><sz val="11"/><rFont val="Calibri"/></rPr><t>name}}</t></r></si>',
  si('{{job_starts}}'), // 2
  si('{{employment_rate}}'), // 3
  si('{{period.end}}'), // 4
  si('Region'), // 5
  si('North'), // 6
  si('South'), // 7
  si('Pseudonym'), // 8
  si('Referral date'), // 9
  si('{{#clients}}{{client.client_id}}'), // 10
  si('{{client.referral_date}}'), // 11
  si('Job starts'), // 12
  si('Engaged'), // 13
  si('{{client.job_starts_in_period}}'), // 14
  si('Figure'), // 15
];

const sheet1 = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"><dimension ref="A1:D16"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B4" sqref="B4"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="34.7109375" customWidth="1"/><col min="2" max="3" width="14.7109375" customWidth="1"/></cols><sheetData>`
  + `<row r="1" spans="1:4" ht="21" customHeight="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1"/><c r="C1" s="1"/><c r="D1" s="1"/></row>`
  + `<row r="2" spans="1:4"><c r="A2" t="s"><v>1</v></c></row>`
  + `<row r="3" spans="1:4"><c r="A3" t="inlineStr"><is><t>Period: {{period.label}}</t></is></c></row>`
  + `<row r="4" spans="1:4"><c r="A4" s="4" t="s"><v>12</v></c><c r="B4" s="5" t="s"><v>2</v></c><c r="C4" s="5" t="inlineStr"><is><t>{{job_starts.people}}</t></is></c></row>`
  + `<row r="5" spans="1:4"><c r="A5" t="s"><v>13</v></c><c r="B5" s="2" t="s"><v>3</v></c></row>`
  + `<row r="6" spans="1:4"><c r="B6" s="3" t="s"><v>4</v></c></row>`
  + `<row r="7" spans="1:4"><c r="B7" t="str"><f>"{{referrals}}"</f><v>{{referrals}}</v></c></row>`
  + `<row r="8" spans="1:4"><c r="B8"><f t="shared" ref="B8:B10" si="0">B4*2</f><v>0</v></c></row>`
  + `<row r="9" spans="1:4"><c r="B9"><f t="shared" si="0"/><v>0</v></c></row>`
  + `<row r="10" spans="1:4"><c r="B10"><f t="shared" si="0"/><v>0</v></c></row>`
  + `<row r="11" spans="1:4"><c r="B11"><f>SUM(B4:C4)</f><v>0</v></c></row>`
  + `<row r="12" spans="1:4"><c r="B12"><f>B8+1</f><v>1</v></c></row>`
  + `<row r="13" spans="1:4"><c r="A13" t="s"><v>5</v></c><c r="B13" t="s"><v>15</v></c><c r="C13"><v>2026</v></c></row>`
  + `<row r="14" spans="1:4"><c r="A14" t="s"><v>6</v></c><c r="B14"><v>10</v></c><c r="C14"><v>1</v></c></row>`
  + `<row r="15" spans="1:4"><c r="A15" t="s"><v>7</v></c><c r="B15"><v>20</v></c><c r="C15"><v>2</v></c></row>`
  + `<row r="16" spans="1:4"><c r="A16" t="s"><v>6</v></c><c r="B16"><v>30</v></c><c r="C16"><v>3</v></c></row>`
  + `</sheetData><autoFilter ref="A13:C16"/><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>`
  + `<conditionalFormatting sqref="B5"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.4</formula></cfRule></conditionalFormatting>`
  + `<dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="B4"><formula1>0</formula1><formula2>100000</formula2></dataValidation></dataValidations>`
  + `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>`
  + `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Data!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D4</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;

const sheet1Rels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId3" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`;

const sheet2 = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:C2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="2" width="16.7109375" customWidth="1"/></cols><sheetData>`
  + `<row r="1"><c r="A1" s="4" t="s"><v>8</v></c><c r="B1" s="4" t="s"><v>9</v></c><c r="C1" s="4" t="s"><v>12</v></c></row>`
  + `<row r="2"><c r="A2" t="s"><v>10</v></c><c r="B2" s="3" t="s"><v>11</v></c><c r="C2" t="s"><v>14</v></c></row>`
  + `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
const sheet2Rels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`;
const table = `${XML}<table xmlns="${MAIN}" id="1" name="ClientList" displayName="ClientList" ref="A1:C2" totalsRowShown="0"><autoFilter ref="A1:C2"/><tableColumns count="3"><tableColumn id="1" name="Pseudonym"/><tableColumn id="2" name="Referral date"/><tableColumn id="3" name="Job starts"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

const sheet3 = `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>`
  + `<row r="1"><c r="A1" t="s"><v>6</v></c><c r="B1"><v>3</v></c></row>`
  + `<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2"><v>5</v></c></row>`
  + `<row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3"><v>4</v></c><c r="C3"><f>[1]Summary!A1</f><v>42</v></c></row>`
  + `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

const calcChain = `${XML}<calcChain xmlns="${MAIN}"><c r="B7" i="1"/><c r="B8"/><c r="B9"/><c r="B10"/><c r="B11"/><c r="B12"/><c r="C3" i="3"/></calcChain>`;

const drawing = `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
const drawingRels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`;
const chart = `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Referrals by region</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Data!$A$1:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Data!$B$1:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const comments = `${XML}<comments xmlns="${MAIN}"><authors><author>Commissioner</author></authors><commentList><comment ref="B4" authorId="0"><text><r><t>Count every job, not people.</t></r></text></comment></commentList></comments>`;
const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:150pt;margin-top:40pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 3, 2, 4, 15, 7, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>3</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;

const externalLink = `${XML}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Summary"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;
const externalLinkRels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///C:/Returns/last-year.xlsx" TargetMode="External"/></Relationships>`;

const customItem = `${XML}<returnInfo xmlns="urn:example:commissioning"><form>IPS-Q</form><version>3</version></returnInfo>`;
const customItemProps = `${XML}<ds:datastoreItem ds:itemID="{6B1E2C4A-1F2B-4C3D-9E8F-0A1B2C3D4E5F}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:example:commissioning"/></ds:schemaRefs></ds:datastoreItem>`;
const customItemRels = `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`;

export function goldenParts(): FixturePart[] {
  return [
    { name: '[Content_Types].xml', content: contentTypes },
    { name: '_rels/.rels', content: rootRels },
    { name: 'docProps/core.xml', content: core },
    { name: 'docProps/app.xml', content: app },
    { name: 'docProps/custom.xml', content: custom },
    { name: 'xl/workbook.xml', content: workbook },
    { name: 'xl/_rels/workbook.xml.rels', content: workbookRels },
    { name: 'xl/styles.xml', content: styles },
    { name: 'xl/sharedStrings.xml', content: sst(GOLDEN_STRINGS) },
    { name: 'xl/worksheets/sheet1.xml', content: sheet1 },
    { name: 'xl/worksheets/_rels/sheet1.xml.rels', content: sheet1Rels },
    { name: 'xl/worksheets/sheet2.xml', content: sheet2 },
    { name: 'xl/worksheets/_rels/sheet2.xml.rels', content: sheet2Rels },
    { name: 'xl/worksheets/sheet3.xml', content: sheet3 },
    { name: 'xl/tables/table1.xml', content: table },
    { name: 'xl/calcChain.xml', content: calcChain },
    { name: 'xl/drawings/drawing1.xml', content: drawing },
    { name: 'xl/drawings/_rels/drawing1.xml.rels', content: drawingRels },
    { name: 'xl/charts/chart1.xml', content: chart },
    // Stored, not deflated, as images usually are: copied through as they are.
    { name: 'xl/media/image1.png', content: PNG, store: true },
    { name: 'xl/comments1.xml', content: comments },
    { name: 'xl/drawings/vmlDrawing1.vml', content: vml },
    { name: 'xl/externalLinks/externalLink1.xml', content: externalLink },
    { name: 'xl/externalLinks/_rels/externalLink1.xml.rels', content: externalLinkRels },
    { name: 'customXml/item1.xml', content: customItem },
    { name: 'customXml/itemProps1.xml', content: customItemProps },
    { name: 'customXml/_rels/item1.xml.rels', content: customItemRels },
  ];
}

export function goldenTemplate(): Buffer {
  return zipParts(goldenParts());
}
