import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, nhsCheckDigit } from '../../../shared/nhs-number';

describe('NHS number modulus-11 check', () => {
  it('accepts a number whose check digit is right', () => {
    // 9,4,3,4,7,6,5,9,1 weighted 10..2: 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11 − 2 = 9 ✓
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
  });

  it('refuses a wrong check digit, wrong length and letters', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('94347659A9')).toBe(false);
  });

  it('maps a remainder giving 11 to check digit 0', () => {
    // 4,0,1,0,2,3,4,5,6 → 40+0+8+0+12+15+16+15+12 = 118; 118 mod 11 = 8 → 3. Find one with sum ≡ 0 instead:
    // 0,0,0,0,0,0,0,1,1 → 3·1 + 2·1 = 5 → 6; 0,0,0,0,0,0,0,0,0 → 0 → 11 → 0.
    expect(nhsCheckDigit('000000000')).toBe(0);
    expect(isValidNhsNumber('0000000000')).toBe(true);
  });

  it('treats a check value of 10 as invalid whatever the last digit', () => {
    // 0,0,0,0,0,0,0,0,1 → 2·1 = 2 → wait: weight of digit 9 is 2, so sum 2, 11 − 2 = 9. Use digit 8 = 1 (weight 3)
    // and digit 9 = 4 (weight 2): 3 + 8 = 11 → 0 → 11 → 0. For 10 we need sum ≡ 1: digit 9 = 5 (weight 2) → 10,
    // plus digit 8 = 2 (weight 3) → 6: 16 ≡ 5. Simplest: digit 1 = 1 (weight 10) → sum 10 ≡ 10 → 11 − 10 = 1.
    // Sum ≡ 1: digit 7 = 1 (weight 4) and digit 9 = 4 (weight 2) → 4 + 8 = 12 ≡ 1 → 11 − 1 = 10 → invalid.
    expect(nhsCheckDigit('000000104')).toBeNull();
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`000000104${last}`)).toBe(false);
  });

  it('prints NHS numbers in 3-3-4 groups', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
  });
});
