import { posix } from 'node:path';
import { applyEdits, type Edit } from './sheet-edits';
import { xmlTokens } from './xml-lexer';

/**
 * Workbook-level changes that go with filled cells: ask the spreadsheet to recalculate everything when it
 * opens (so formulas that read filled cells show new results), and drop the calculation chain when a
 * formula was replaced (the chain must not list a cell that no longer has a formula; Excel rebuilds it).
 */

/** Elements that follow `<calcPr>` in CT_Workbook: a new `<calcPr>` goes before the first of them. */
const AFTER_CALC_PR = new Set([
  'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr',
  'webPublishObjects', 'extLst',
]);

export function setFullCalcOnLoad(workbookXml: string): string {
  let depth = 0;
  let prefix = '';
  for (const token of xmlTokens(workbookXml)) {
    if (token.type === 'close') {
      depth--;
      if (depth === 0) return insertCalcPr(workbookXml, token.start, prefix);
      continue;
    }
    if (token.type !== 'open') continue;
    if (depth === 0) prefix = token.name.includes(':') ? token.name.slice(0, token.name.indexOf(':') + 1) : '';
    if (depth === 1 && token.local === 'calcPr') {
      const tag = workbookXml.slice(token.start, token.end);
      const next = /\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/.test(tag)
        ? tag.replace(/\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, ' fullCalcOnLoad="1"')
        : tag.replace(/\s*(\/?)>$/, ' fullCalcOnLoad="1"$1>');
      return applyEdits(workbookXml, [{ start: token.start, end: token.end, text: next }]);
    }
    if (depth === 1 && AFTER_CALC_PR.has(token.local)) return insertCalcPr(workbookXml, token.start, prefix);
    if (!token.selfClosing) depth++;
  }
  return workbookXml;
}

function insertCalcPr(xml: string, at: number, prefix: string): string {
  return applyEdits(xml, [{ start: at, end: at, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` }]);
}

/** Removes the `<Relationship>` whose resolved target is `target` (a part path). */
export function removeRelationshipTo(relsXml: string, relsOf: string, target: string): string {
  const edits: Edit[] = [];
  const folder = posix.dirname(relsOf);
  for (const token of xmlTokens(relsXml)) {
    if (token.type !== 'open' || token.local !== 'Relationship') continue;
    const t = token.attrs.get('Target') ?? '';
    const resolved = t.startsWith('/') ? t.slice(1) : posix.normalize(posix.join(folder, t));
    if (resolved === target) edits.push({ start: token.start, end: elementEnd(relsXml, token), text: '' });
  }
  return applyEdits(relsXml, edits);
}

/** Removes the content type `<Override>` of a part. */
export function removeContentTypeOverride(contentTypesXml: string, part: string): string {
  const edits: Edit[] = [];
  for (const token of xmlTokens(contentTypesXml)) {
    if (token.type === 'open' && token.local === 'Override' && token.attrs.get('PartName') === `/${part}`) {
      edits.push({ start: token.start, end: elementEnd(contentTypesXml, token), text: '' });
    }
  }
  return applyEdits(contentTypesXml, edits);
}

/** End of an element with no children: its own tag when self-closing, else its close tag. */
function elementEnd(xml: string, open: { end: number; selfClosing: boolean }): number {
  return open.selfClosing ? open.end : xml.indexOf('>', xml.indexOf('</', open.end)) + 1;
}
