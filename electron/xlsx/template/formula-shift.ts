import { columnName, columnNumber, MAX_COLS, MAX_ROWS } from './cell-ref';

/**
 * Moves a formula's relative references by (rows, cols), as Excel does when a formula is copied: needed
 * when a shared formula's first cell is filled and another cell of the group takes over its text, and when
 * the client row is repeated. Text in quotes, structured references in brackets and function names are
 * left alone; `$` parts stay put; a reference pushed off the sheet becomes #REF!.
 */
const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
const NAME_CHAR = /[A-Za-z0-9_.\\?]/;

function moveRow(abs: string, row: string, by: number): string | null {
  if (abs) return `$${row}`;
  const r = Number(row) + by;
  return r >= 1 && r <= MAX_ROWS ? String(r) : null;
}

function moveCol(abs: string, col: string, by: number): string | null {
  if (abs) return `$${col}`;
  const c = columnNumber(col) + by;
  return c >= 1 && c <= MAX_COLS ? columnName(c) : null;
}

function shiftMatch(m: RegExpExecArray, rows: number, cols: number): string | null {
  if (m[2] !== undefined) {
    const a = [moveCol(m[1]!, m[2], cols), moveRow(m[3]!, m[4]!, rows)];
    if (a.includes(null)) return null;
    if (m[6] === undefined) return a.join('');
    const b = [moveCol(m[5]!, m[6], cols), moveRow(m[7]!, m[8]!, rows)];
    return b.includes(null) ? null : `${a.join('')}:${b.join('')}`;
  }
  if (m[10] !== undefined) {
    const a = moveCol(m[9]!, m[10], cols);
    const b = moveCol(m[11]!, m[12]!, cols);
    return a === null || b === null ? null : `${a}:${b}`;
  }
  const a = moveRow(m[13]!, m[14]!, rows);
  const b = moveRow(m[15]!, m[16]!, rows);
  return a === null || b === null ? null : `${a}:${b}`;
}

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // A string literal, or a quoted sheet name: copied up to the closing quote (doubled quotes escape).
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1]! : '';
    if (!NAME_CHAR.test(prev)) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const after = formula[REF.lastIndex] ?? '';
        // A name or function (LOG10(, A1B), not a reference.
        if (!NAME_CHAR.test(after) && after !== '(' && after !== '!') {
          out += shiftMatch(m, rows, cols) ?? '#REF!';
          i = REF.lastIndex;
          continue;
        }
      }
      // Not a reference: copy the whole word so its tail is not mistaken for one.
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j]!)) j++;
      if (j > i) {
        out += formula.slice(i, j);
        i = j;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
