import { escapeXmlText } from '../template/xml-lexer';
import { MAIN_NS, XML_DECLARATION } from './package-parts';

/**
 * The shared string table: each distinct text is written once in sharedStrings.xml and cells hold its
 * index. A caseload repeats most of its text (codes, yes/no, specialists, employers, client ids on every
 * contact), so this keeps the file to a fraction of what inline strings would make it.
 */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  indexOf(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.indexes.set(text, index);
      this.texts.push(text);
    }
    return index;
  }

  /** sharedStrings.xml, a string at a time. */
  *xml(): Generator<string> {
    yield `${XML_DECLARATION}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.texts.length}">`;
    for (const text of this.texts) yield stringItem(text);
    yield '</sst>';
  }
}

/**
 * Characters XML 1.0 does not allow at all (C0 controls other than tab, line feed and carriage return, and
 * U+FFFE/U+FFFF): no parser would read a file holding them, so they are left out, as exceljs did.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const HAS_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** Spaces at either end, or a line break, are lost unless the text says to keep them. */
const NEEDS_PRESERVE = /^\s|\n|\s$/;

function stringItem(text: string): string {
  const kept = HAS_NOT_XML.test(text) ? text.replace(NOT_XML, '') : text;
  // A carriage return as such would be read back as a line feed (XML normalises line ends).
  const escaped = kept.includes('\r') ? escapeXmlText(kept).replace(/\r/g, '&#13;') : escapeXmlText(kept);
  return NEEDS_PRESERVE.test(kept) ? `<si><t xml:space="preserve">${escaped}</t></si>` : `<si><t>${escaped}</t></si>`;
}
