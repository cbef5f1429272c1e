import { posix } from 'node:path';
import { readRichString, type RichString } from './rich-text';
import { readStyles, type Styles } from './styles';
import {
  ENCRYPTED_MESSAGE, MACROS_MESSAGE, NOT_XLSX_MESSAGE, TemplateRefusal, XLS_MESSAGE, damaged, tooLarge,
} from './template-errors';
import { checkWellFormed, decodeXml, xmlTokens } from './xml-lexer';
import { findEntry, isZipSignature } from '../zip/zip-directory';
import { UnpackBudget } from '../zip/zip-inflate';
import { inflateEntry, readZip, type InflateBudget, type ZipArchive } from './zip-archive';

/**
 * An xlsx package opened for filling: the zip read in place, the workbook's sheets, defined names and
 * shared strings. Only the parts needed are inflated, each under the limits; everything else stays as
 * compressed bytes to be copied.
 */
export type TemplateLimits = {
  /** The file itself. */
  maxFileBytes: number;
  /** Parts inflated, all together. */
  maxUnpackedBytes: number;
  /** One inflated part. */
  maxPartBytes: number;
  maxEntries: number;
  /** Cells read per sheet. */
  maxCellsPerSheet: number;
};

export const TEMPLATE_LIMITS: TemplateLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 300 * 1024 * 1024,
  maxPartBytes: 100 * 1024 * 1024,
  maxEntries: 10_000,
  maxCellsPerSheet: 2_000_000,
};

export type SheetState = 'visible' | 'hidden' | 'veryHidden';
export type SheetEntry = { name: string; index: number; state: SheetState; path: string | null; isWorksheet: boolean };
export type DefinedName = { name: string; formula: string; localSheet: number | null };

export type TemplatePackage = {
  archive: ZipArchive;
  budget: InflateBudget;
  limits: TemplateLimits;
  workbookPath: string;
  workbookXml: string;
  workbookRelsPath: string;
  workbookRelsXml: string;
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  date1904: boolean;
  sharedStrings: RichString[];
  calcChainPath: string | null;
  styles: Styles;
  /** Parts read as text, by path. */
  texts: Map<string, string>;
};

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
const relType = (type: string) => (type.startsWith(REL) ? type.slice(REL.length) : type.startsWith(STRICT_REL) ? type.slice(STRICT_REL.length) : type);

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file holds either an old .xls or an encrypted (password-protected) .xlsx. */
function oleRefusal(bytes: Uint8Array): TemplateRefusal | null {
  if (bytes.byteLength < 8 || OLE_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  // Encrypted OOXML keeps an "EncryptionInfo" stream; its name is in the directory in UTF-16.
  const marker = Buffer.from('EncryptionInfo', 'utf16le');
  const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(marker) >= 0;
  return new TemplateRefusal(encrypted ? 'encrypted' : 'xls', encrypted ? ENCRYPTED_MESSAGE : XLS_MESSAGE);
}

export function readPartText(pkg: Pick<TemplatePackage, 'archive' | 'budget' | 'texts'>, path: string): string | null {
  const cached = pkg.texts.get(path);
  if (cached !== undefined) return cached;
  const entry = findEntry(pkg.archive, path);
  if (!entry) return null;
  const raw = inflateEntry(pkg.archive, entry, pkg.budget);
  const text = raw[0] === 0xff && raw[1] === 0xfe ? raw.subarray(2).toString('utf16le') : raw.toString('utf8').replace(/^\uFEFF/, '');
  checkWellFormed(text, path);
  pkg.texts.set(path, text);
  return text;
}

export type Relationship = { id: string; type: string; target: string; external: boolean };

export function readRelationships(xml: string | null, sourcePart: string): Relationship[] {
  if (!xml) return [];
  const rels: Relationship[] = [];
  const folder = posix.dirname(sourcePart);
  for (const token of xmlTokens(xml)) {
    if (token.type !== 'open' || token.local !== 'Relationship') continue;
    const target = token.attrs.get('Target') ?? '';
    const external = token.attrs.get('TargetMode') === 'External';
    const resolved = external ? target : target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(folder, target));
    rels.push({ id: token.attrs.get('Id') ?? '', type: relType(token.attrs.get('Type') ?? ''), target: resolved, external });
  }
  return rels;
}

export const relsPathOf = (part: string) => posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);

function checkContentTypes(pkg: TemplatePackage, contentTypes: string): void {
  if (/macroEnabled/i.test(contentTypes) || pkg.archive.entries.some((e) => /vbaProject\.bin$/i.test(e.name))) {
    throw new TemplateRefusal('macros', MACROS_MESSAGE);
  }
}

function readWorkbook(pkg: TemplatePackage): void {
  const relsById = new Map(readRelationships(pkg.workbookRelsXml, pkg.workbookPath).map((r) => [r.id, r]));
  let sheetIndex = 0;
  const tokens = xmlTokens(pkg.workbookXml);
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type !== 'open') continue;
    if (token.local === 'workbookPr') pkg.date1904 = ['1', 'true'].includes(token.attrs.get('date1904') ?? '');
    if (token.local === 'sheet') {
      const rId = [...token.attrs].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
      const rel = rId ? relsById.get(rId) : undefined;
      const state = token.attrs.get('state');
      pkg.sheets.push({
        name: token.attrs.get('name') ?? `Sheet${sheetIndex + 1}`,
        index: sheetIndex++,
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        path: rel && !rel.external ? rel.target : null,
        isWorksheet: rel?.type === 'worksheet',
      });
    }
    if (token.local === 'definedName' && !token.selfClosing) {
      const start = token.end;
      const close = pkg.workbookXml.indexOf('</', start);
      const formula = decodeXml(pkg.workbookXml.slice(start, close));
      const local = token.attrs.get('localSheetId');
      pkg.definedNames.push({ name: token.attrs.get('name') ?? '', formula, localSheet: local === undefined ? null : Number(local) });
    }
  }
  for (const rel of relsById.values()) {
    if (rel.type === 'sharedStrings') pkg.sharedStrings = readSharedStrings(pkg, rel.target);
    if (rel.type === 'styles') pkg.styles = readStyles(readPartText(pkg, rel.target));
    if (rel.type === 'calcChain' && findEntry(pkg.archive, rel.target)) pkg.calcChainPath = rel.target;
  }
}

function readSharedStrings(pkg: TemplatePackage, path: string): RichString[] {
  const xml = readPartText(pkg, path);
  if (!xml) return [];
  const strings: RichString[] = [];
  const tokens = xmlTokens(xml);
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    if (t.value.type === 'open' && t.value.local === 'si') strings.push(readRichString(xml, tokens, t.value).value);
  }
  return strings;
}

/** Opens the package, or throws TemplateRefusal saying why it cannot be a template. */
export function openTemplatePackage(bytes: Uint8Array, limits: TemplateLimits = TEMPLATE_LIMITS): TemplatePackage {
  if (bytes.byteLength > limits.maxFileBytes) throw tooLarge('the file', limits.maxFileBytes);
  const ole = oleRefusal(bytes);
  if (ole) throw ole;
  if (!isZipSignature(bytes)) throw new TemplateRefusal('not_xlsx', NOT_XLSX_MESSAGE);
  const archive = readZip(bytes, limits.maxEntries);
  const budget: InflateBudget = { unpacked: new UnpackBudget(limits.maxUnpackedBytes), maxEntryBytes: limits.maxPartBytes };
  const base = { archive, budget, texts: new Map<string, string>() };
  const contentTypes = readPartText(base, '[Content_Types].xml');
  if (contentTypes === null) throw new TemplateRefusal('not_xlsx', NOT_XLSX_MESSAGE);
  const rootRels = readRelationships(readPartText(base, '_rels/.rels'), '');
  const workbookPath = rootRels.find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const pkg: TemplatePackage = {
    ...base,
    limits,
    workbookPath,
    workbookXml: '',
    workbookRelsPath: relsPathOf(workbookPath),
    workbookRelsXml: '',
    sheets: [],
    definedNames: [],
    date1904: false,
    sharedStrings: [],
    calcChainPath: null,
    styles: { cellStyles: [] },
  };
  checkContentTypes(pkg, contentTypes);
  const workbookXml = readPartText(pkg, workbookPath);
  if (workbookXml === null) throw new TemplateRefusal('not_xlsx', NOT_XLSX_MESSAGE);
  if (!/spreadsheetml/.test(contentTypes)) throw new TemplateRefusal('not_xlsx', NOT_XLSX_MESSAGE);
  pkg.workbookXml = workbookXml;
  const rels = readPartText(pkg, pkg.workbookRelsPath);
  if (rels === null) throw damaged('the list of the workbook\u2019s sheets is missing');
  pkg.workbookRelsXml = rels;
  readWorkbook(pkg);
  if (pkg.sheets.length === 0) throw damaged('the workbook has no sheets');
  return pkg;
}
