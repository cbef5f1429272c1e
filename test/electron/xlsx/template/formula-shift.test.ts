import { describe, expect, it } from 'vitest';
import { shiftFormula } from '../../../../electron/xlsx/template/formula-shift';

describe('shiftFormula: a formula copied by (rows, cols), as Excel moves relative references', () => {
  it('moves relative parts and keeps $ parts', () => {
    expect(shiftFormula('B4*2', 1, 0)).toBe('B5*2');
    expect(shiftFormula('$B$4+B$4+$B4+B4', 2, 1)).toBe('$B$4+C$4+$B6+C6');
    expect(shiftFormula('SUM(B4:C4)/COUNT($A:$A)', 3, 0)).toBe('SUM(B7:C7)/COUNT($A:$A)');
    expect(shiftFormula('SUM(A:B)+SUM(2:3)', 1, 1)).toBe('SUM(B:C)+SUM(3:4)');
  });

  it('moves references on other sheets but not sheet names, strings, functions or structured references', () => {
    expect(shiftFormula("Data!A1+'Key outcomes'!B2+'It''s A1'!C3", 1, 0)).toBe("Data!A2+'Key outcomes'!B3+'It''s A1'!C4");
    expect(shiftFormula('IF(A1="A1",LOG10(A2),Table1[Col A1])', 1, 0)).toBe('IF(A2="A1",LOG10(A3),Table1[Col A1])');
    expect(shiftFormula('[1]Summary!A1', 1, 0)).toBe('[1]Summary!A2');
    expect(shiftFormula('Sheet1!A1+TAX2023', 1, 0)).toBe('Sheet1!A2+TAX2024');
  });

  it('turns a reference pushed off the sheet into #REF!', () => {
    expect(shiftFormula('A1+1', -1, 0)).toBe('#REF!+1');
    expect(shiftFormula('A1', 0, -1)).toBe('#REF!');
  });
});
