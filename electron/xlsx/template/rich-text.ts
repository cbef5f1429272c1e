import { escapeXmlText, readElementText, xmlTokens, type XmlOpen, type XmlToken } from './xml-lexer';

/**
 * Text as a shared string item `<si>` or an inline string `<is>` holds it: plain (`<t>`) or rich text runs
 * (`<r><rPr>…</rPr><t>…</t></r>`), each run keeping its formatting XML as it was written. Phonetic runs
 * (`<rPh>`) are not part of the displayed text and are dropped when the text is rewritten.
 */
export type TextRun = { rPr: string | null; text: string };
export type RichString = { text: string; runs: TextRun[] | null };

/** Reads the content of `<si>` or `<is>` whose open tag was just consumed; `xml` is the whole part. */
export function readRichString(xml: string, tokens: Iterator<XmlToken>, open: XmlOpen): { value: RichString; end: number } {
  if (open.selfClosing) return { value: { text: '', runs: null }, end: open.end };
  let plain = '';
  const runs: TextRun[] = [];
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'close' && token.local === open.local) {
      const value = runs.length > 0 ? { text: plain + runs.map((r) => r.text).join(''), runs: plain ? [{ rPr: null, text: plain }, ...runs] : runs } : { text: plain, runs: null };
      return { value, end: token.end };
    }
    if (token.type !== 'open') continue;
    if (token.local === 't') plain += readElementText(tokens, token).text;
    else if (token.local === 'r') runs.push(readRun(xml, tokens, token));
    else if (!token.selfClosing) readElementText(tokens, token); // rPh, phoneticPr: not displayed
  }
  return { value: { text: plain, runs: null }, end: xml.length };
}

function readRun(xml: string, tokens: Iterator<XmlToken>, open: XmlOpen): TextRun {
  let rPr: string | null = null;
  let text = '';
  if (open.selfClosing) return { rPr, text };
  for (let t = tokens.next(); !t.done; t = tokens.next()) {
    const token = t.value;
    if (token.type === 'close' && token.local === open.local) break;
    if (token.type !== 'open') continue;
    if (token.local === 'rPr') {
      const end = readElementText(tokens, token).end;
      rPr = xml.slice(token.start, end);
    } else if (token.local === 't') {
      text += readElementText(tokens, token).text;
    } else if (!token.selfClosing) readElementText(tokens, token);
  }
  return { rPr, text };
}

const tText = (text: string) => `<t xml:space="preserve">${escapeXmlText(text)}</t>`;

/** The inner XML of `<is>` for a text, keeping rich runs' formatting; the namespace prefix of the part is reused. */
export function richStringXml(value: RichString, prefix: string): string {
  const t = (text: string) => tText(text).replace(/^<t/, `<${prefix}t`).replace(/<\/t>$/, `</${prefix}t>`);
  if (!value.runs) return t(value.text);
  return value.runs
    .filter((r) => r.text !== '')
    .map((r) => `<${prefix}r>${r.rPr ?? ''}${t(r.text)}</${prefix}r>`)
    .join('');
}

/**
 * Replaces spans of the text, given as offsets into `value.text`, keeping each run's formatting. A span
 * that crosses runs puts its replacement in the run where it starts and removes the rest of it from the
 * runs it reaches into.
 */
export function replaceSpans(value: RichString, spans: ReadonlyArray<{ start: number; end: number; text: string }>): RichString {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  if (!value.runs) {
    let out = '';
    let at = 0;
    for (const s of sorted) {
      out += value.text.slice(at, s.start) + s.text;
      at = s.end;
    }
    return { text: out + value.text.slice(at), runs: null };
  }
  const runs: TextRun[] = [];
  let runStart = 0;
  for (const run of value.runs) {
    const runEnd = runStart + run.text.length;
    let text = '';
    let at = runStart;
    for (const s of sorted) {
      if (s.end <= runStart || s.start >= runEnd) continue;
      if (s.start >= runStart) {
        text += value.text.slice(at, s.start) + s.text;
      } else {
        text += value.text.slice(at, runStart);
      }
      at = Math.min(runEnd, s.end);
    }
    text += value.text.slice(Math.max(at, runStart), runEnd);
    runs.push({ rPr: run.rPr, text });
    runStart = runEnd;
  }
  return { text: runs.map((r) => r.text).join(''), runs };
}

/** Parses a standalone `<si>…</si>` or `<is>…</is>` fragment (tests and the scan use it). */
export function parseRichStringFragment(fragment: string): RichString {
  const tokens = xmlTokens(fragment);
  const first = tokens.next();
  if (first.done || first.value.type !== 'open') return { text: '', runs: null };
  return readRichString(fragment, tokens, first.value).value;
}
