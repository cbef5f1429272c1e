import { SaxesParser } from 'saxes';
import { damaged } from './template-errors';

/**
 * The parts of a workbook are edited in place: a filled cell's `<c>` element is replaced and every other
 * byte of the part stays as it was. That needs the offset of each element, which streaming parsers do not
 * give reliably, so parts are first checked for well-formedness with saxes (which refuses undefined
 * entities and so entity-expansion attacks), then walked by this small lexer, which relies on that check.
 */
export type XmlOpen = { type: 'open'; name: string; local: string; attrs: Map<string, string>; selfClosing: boolean; start: number; end: number };
export type XmlClose = { type: 'close'; name: string; local: string; start: number; end: number };
export type XmlText = { type: 'text'; raw: string; start: number; end: number };
export type XmlToken = XmlOpen | XmlClose | XmlText;

/** Throws TemplateRefusal('damaged') naming the part when `xml` is not well-formed. */
export function checkWellFormed(xml: string, part: string): void {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) throw damaged(`"${part}" declares a DOCTYPE, which workbook parts never do`);
  const parser = new SaxesParser({ position: true });
  let problem: string | null = null;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  parser.write(xml).close();
  if (problem) throw damaged(`"${part}" is not valid XML: ${problem}`);
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref]!;
  });
}

export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const NAME = /[^\s/>=]+/y;
const ATTR = /\s*([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;

/** Tokens of a well-formed document, in order; comments, processing instructions and the prolog are skipped. */
export function* xmlTokens(xml: string, from = 0): Generator<XmlToken> {
  let at = from;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      yield { type: 'text', raw: xml.slice(at), start: at, end: n };
      return;
    }
    if (lt > at) yield { type: 'text', raw: xml.slice(at, lt), start: at, end: lt };
    if (xml.startsWith('<!--', lt)) {
      at = xml.indexOf('-->', lt + 4) + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      // CDATA content is text as it stands: escape it so every text token can be decoded the same way.
      yield { type: 'text', raw: escapeXmlText(xml.slice(lt + 9, close)), start: lt, end: close + 3 };
      at = close + 3;
    } else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      at = xml.indexOf('>', lt) + 1;
    } else if (xml.startsWith('</', lt)) {
      const close = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, close).trim();
      yield { type: 'close', name, local: localName(name), start: lt, end: close + 1 };
      at = close + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(xml)![0];
      let p = NAME.lastIndex;
      const attrs = new Map<string, string>();
      for (;;) {
        ATTR.lastIndex = p;
        const m = ATTR.exec(xml);
        if (!m) break;
        attrs.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
        p = ATTR.lastIndex;
      }
      TAG_END.lastIndex = p;
      const end = TAG_END.exec(xml);
      if (!end) throw damaged(`a tag at character ${lt} is not closed`);
      yield { type: 'open', name, local: localName(name), attrs, selfClosing: end[1] === '/', start: lt, end: TAG_END.lastIndex };
      at = TAG_END.lastIndex;
    }
    if (at <= lt) throw damaged(`unexpected end of XML at character ${lt}`);
  }
}

/**
 * The text content of an element whose open tag is `open` (tokens consumed up to its close tag), plus the
 * offset just after the close tag. Nested elements' text is included.
 */
export function readElementText(tokens: Iterator<XmlToken>, open: XmlOpen): { text: string; end: number } {
  if (open.selfClosing) return { text: '', end: open.end };
  let depth = 1;
  let text = '';
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'text') text += decodeXml(token.raw);
    else if (token.type === 'open' && !token.selfClosing) depth++;
    else if (token.type === 'close' && --depth === 0) return { text, end: token.end };
  }
  throw damaged(`<${open.name}> is not closed`);
}

/** Skips to the end of the element opened by `open`; returns the offset after its close tag. */
export function skipElement(tokens: Iterator<XmlToken>, open: XmlOpen): number {
  return readElementText(tokens, open).end;
}
