import { describe, expect, it } from 'vitest';
import { scanSheetRows } from '../../../electron/xlsx/sheet-data-scan';
import { parseXml, XmlDamaged, type XmlHandlers } from '../../../electron/xlsx/xml-stream';

/**
 * The fast path through sheet rows must be invisible: whatever a worksheet holds, parseXml reports the same
 * events (or refuses the same part) with it as without it, however the part is cut into chunks.
 */

/** Elements whose text the interchange reads; whitespace between other elements is of no interest to it. */
const TEXT_HOLDERS = new Set(['v', 'f', 't']);

/** Records events as the interchange would see them: attributes copied during the call, undefined ones dropped. */
function recorder(): { handlers: XmlHandlers; events: string[] } {
  const events: string[] = [];
  const stack: string[] = [];
  const handlers: XmlHandlers = {
    open(name, attributes) {
      stack.push(name);
      const written = Object.entries(attributes).filter(([, value]) => value !== undefined);
      events.push(`<${name} ${JSON.stringify(Object.fromEntries(written.sort(([a], [b]) => a.localeCompare(b))))}>`);
    },
    close(name) {
      stack.pop();
      events.push(`</${name}>`);
    },
    text(text, cut) {
      if (!TEXT_HOLDERS.has(stack.at(-1) ?? '')) return;
      const last = events.length - 1;
      // One text node may come as several events; what matters is its text.
      if (events[last]?.startsWith('text:')) events[last] += text;
      else events.push(`text:${text}`);
      if (cut) events.push('cut');
    },
  };
  return { handlers, events };
}

async function* chunksOf(bytes: Buffer, cuts: number[]): AsyncIterable<Buffer> {
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
}

async function eventsOf(xml: string, sheetRows: boolean, cuts: number[] = [], maxRun?: number): Promise<string[] | 'damaged'> {
  const { handlers, events } = recorder();
  try {
    await parseXml(chunksOf(Buffer.from(xml, 'utf8'), cuts), handlers, { sheetRows, maxRun });
  } catch (error) {
    if (error instanceof XmlDamaged) return 'damaged';
    throw error;
  }
  return events;
}

const sheet = (rows: string, before = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${rows}</sheetData><mergeCells count="0"/></worksheet>`;

/** Rows the fast path takes whole. */
const SIMPLE_ROWS: Record<string, string> = {
  'shared strings and numbers': '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>3.5</v></c></row>',
  'single-quoted attributes and an inline string': `<row r='2' spans='1:2'><c r='A2' t='inlineStr'><is><t>Hi &amp; bye</t></is></c></row>`,
  'self-closing rows and cells': '<row r="3"/><row r="4"><c r="A4" s="1"/><c r="B4"></c></row>',
  'formulas': '<row r="5"><c r="A5"><f>SUM(A1:A2)</f><v>3</v></c><c r="B5" t="str"><f/><v>x</v></c></row>',
  'whitespace between elements': '\n  <row r="6" >\n    <c r="A6" >\n      <v>1</v>\n    </c>\n  </row>\n  <row r="7"><c r="A7"\n t="n"><v>2</v></c></row>\n',
  'every kind of reference': '<row r="8"><c r="A8" t="inlineStr"><is><t>&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;&amp;amp;</t></is></c></row>',
  'references in attributes': '<row r="9" x14ac:dyDescent="0.25"><c r="A9" t="&#115;"><v>1</v></c></row>',
  'preserved spaces': '<row r="10"><c r="A10" t="inlineStr"><is>\n<t xml:space="preserve">  spaced  </t>\n</is></c></row>',
  'empty values': '<row r="11"><c r="A11"><v></v></c><c r="B11"><v/></c><c r="C11" t="inlineStr"><is/></c><c r="D11" t="inlineStr"><is><t/></is></c></row>',
  'text beyond ASCII': '<row r="12"><c r="A12" t="inlineStr"><is><t>Zoë Brontë — 😀 ☕</t></is></c></row>',
  'cells without references': '<row><c><v>1</v></c><c t="b"><v>0</v></c></row><row><c s="0"><v>2</v></c></row>',
  'a lone ] and > in text': '<row r="13"><c r="A13" t="inlineStr"><is><t>a ] b > c ]] d</t></is></c></row>',
};

/** Rows (or what follows them) the fast path leaves to the parser: valid, with the parser's events. */
const PARSER_ROWS: Record<string, string> = {
  'a comment between rows': '<!-- a -> b --><row r="2"><c r="A2"><v>2</v></c></row>',
  'prefixed names': '<x:row r="1" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A1"><x:v>1</x:v></x:c></x:row>',
  'rich text': '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>bold</t></r><r><t> plain</t></r></is></c></row>',
  'a phonetic guide': '<row r="1"><c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c></row>',
  'another cell attribute': '<row r="1"><c r="A1" cm="1"><v>1</v></c><c r="B1" vm="2"><v>2</v></c></row>',
  'CDATA in a value': '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&</b>]]></t></is></c></row>',
  'a processing instruction': '<row r="1"><?mso x?><c r="A1"><v>1</v></c></row>',
  'carriage returns in text': '<row r="1"><c r="A1" t="inlineStr"><is><t>line one\r\nline two\rthree</t></is></c></row>',
  'a tab inside an attribute value': '<row r="1" spans="1:\t1"><c r="A1"><v>1</v></c></row>',
  'a newline inside an attribute value': '<row r="1" spans="1:\n1"><c r="A1"><v>1</v></c></row>',
  'an extension list in a row': '<row r="1"><c r="A1"><v>1</v><extLst><ext uri="x"/></extLst></c></row>',
};

/** Parts the parser refuses: the fast path must not take them either. */
const DAMAGED_ROWS: Record<string, string> = {
  'a cell not closed': '<row r="1"><c r="A1"><v>1</v></row>',
  'a value closed as a formula': '<row r="1"><c r="A1"><v>1</f></c></row>',
  'an undefined entity': '<row r="1"><c r="A1" t="inlineStr"><is><t>a&nbsp;b</t></is></c></row>',
  'a bare ampersand': '<row r="1"><c r="A1" t="inlineStr"><is><t>a & b</t></is></c></row>',
  'a reference to NUL': '<row r="1"><c r="A1" t="inlineStr"><is><t>a&#0;b</t></is></c></row>',
  'a reference beyond Unicode': '<row r="1"><c r="A1" t="inlineStr"><is><t>&#x110000;</t></is></c></row>',
  'a control character': '<row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row>',
  ']]> in text': '<row r="1"><c r="A1" t="inlineStr"><is><t>a ]]> b</t></is></c></row>',
  'a duplicate attribute': '<row r="1"><c r="A1" r="A1"><v>1</v></c></row>',
  'an unquoted attribute': '<row r=1><c r="A1"><v>1</v></c></row>',
  'attributes run together': '<row r="1"><c r="A1"s="1"><v>1</v></c></row>',
  'a < in an attribute value': '<row r="1"><c r="A<1"><v>1</v></c></row>',
  'a row never closed': '<row r="1"><c r="A1"><v>1</v></c>',
};

function splits(length: number): number[][] {
  const all: number[][] = [];
  for (let at = 1; at < length; at++) all.push([at]);
  // Small chunks throughout, so that every tag and reference is cut somewhere.
  for (const size of [3, 7]) all.push(Array.from({ length: Math.ceil(length / size) - 1 }, (_, i) => (i + 1) * size));
  return all;
}

describe('the fast path through sheet rows', () => {
  for (const [name, rows] of Object.entries(SIMPLE_ROWS)) {
    it(`takes ${name} whole, up to the end of sheetData`, () => {
      const { handlers } = recorder();
      const scanned = scanSheetRows(`${rows}</sheetData>`, handlers);
      expect(scanned.taken).toBe(rows.trimEnd().length);
      expect(scanned.handOver).toBe(true);
    });
  }

  for (const [name, rows] of Object.entries({ ...SIMPLE_ROWS, ...PARSER_ROWS })) {
    it(`reports what the parser reports for ${name}, however the part is cut`, async () => {
      const xml = sheet(rows);
      const expected = await eventsOf(xml, false);
      expect(expected).not.toBe('damaged');
      expect(await eventsOf(xml, true)).toEqual(expected);
      for (const cuts of splits(Buffer.byteLength(xml))) expect(await eventsOf(xml, true, cuts), `cut at ${cuts.join(',')}`).toEqual(expected);
    });
  }

  for (const [name, rows] of Object.entries(PARSER_ROWS)) {
    it(`leaves ${name} to the parser`, () => {
      const plainRow = '<row r="99"><c r="A99"><v>9</v></c></row>';
      const scanned = scanSheetRows(`${plainRow}${rows}</sheetData>`, recorder().handlers);
      expect(scanned.taken).toBe(plainRow.length);
      expect(scanned.handOver).toBe(true);
    });
  }

  for (const [name, rows] of Object.entries(DAMAGED_ROWS)) {
    it(`refuses ${name} as the parser does`, async () => {
      const xml = sheet(rows);
      expect(await eventsOf(xml, false)).toBe('damaged');
      expect(await eventsOf(xml, true)).toBe('damaged');
      for (const cuts of splits(Buffer.byteLength(xml))) expect(await eventsOf(xml, true, cuts), `cut at ${cuts.join(',')}`).toBe('damaged');
    });
  }

  it('waits for the rest of a row cut short, and gives a row longer than the limit to the parser', () => {
    const row = '<row r="1"><c r="A1"><v>1</v></c></row>';
    expect(scanSheetRows(row.slice(0, 20), recorder().handlers)).toEqual({ taken: 0, handOver: false });
    expect(scanSheetRows(`${row}<ro`, recorder().handlers)).toEqual({ taken: row.length, handOver: false });
    const long = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(100)}</t></is></c></row>`;
    expect(scanSheetRows(long, recorder().handlers, 50)).toEqual({ taken: 0, handOver: true });
    expect(scanSheetRows(long.slice(0, 60), recorder().handlers, 50)).toEqual({ taken: 0, handOver: true });
  });

  it('cuts an over-long cell exactly as the parser does', async () => {
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'y'.repeat(5000)}</t></is></c></row><row r="2"><c r="A2"><v>2</v></c></row>`;
    const expected = await eventsOf(sheet(rows), false, [], 1000);
    expect(expected).toContain('cut');
    expect(await eventsOf(sheet(rows), true, [], 1000)).toEqual(expected);
    expect(await eventsOf(sheet(rows), true, [700, 2300, 4100], 1000)).toEqual(expected);
    expect(await eventsOf(sheet(rows), false, [700, 2300, 4100], 1000)).toEqual(expected);
  });

  it('starts only at the sheetData element itself, not at its name in a comment or another element', async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row>';
    for (const before of ['<!-- <sheetData> -->', '<sheetDataX/>', '<?x <sheetData>?>', '<dimension ref="A1"/>']) {
      const xml = sheet(rows, before);
      const expected = await eventsOf(xml, false);
      expect(await eventsOf(xml, true), before).toEqual(expected);
      for (const cuts of splits(Buffer.byteLength(xml))) expect(await eventsOf(xml, true, cuts), before).toEqual(expected);
    }
  });

  it('reports the same events for a sheet of many rows cut into uneven chunks', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const r = i + 1;
      const text = i % 3 === 0 ? `Name ${r} &amp; Co` : `Zoë ${r}`;
      return `<row r="${r}" spans="1:3"><c r="A${r}" t="inlineStr"><is><t>${text}</t></is></c><c r="B${r}" s="1"><v>${r * 1.5}</v></c><c r="C${r}" t="s"><v>${r % 7}</v></c></row>`;
    }).join('');
    const xml = sheet(rows);
    const expected = await eventsOf(xml, false);
    const length = Buffer.byteLength(xml);
    const cuts = Array.from({ length: Math.floor(length / 997) }, (_, i) => (i + 1) * 997);
    expect(await eventsOf(xml, true, cuts)).toEqual(expected);
  });
});
