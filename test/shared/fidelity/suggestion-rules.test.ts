import { describe, expect, it } from 'vitest';
import {
  scoreByThresholds, scoreCaseloadPerFte, scoreCompetitiveShare, scoreDaysToEmployerContact, scoreDiversity, scoreEmployerContactsPerFte,
  scorePreferenceShare,
} from '../../../shared/fidelity';

// Each table: [figure, score], both sides of every bound of DOMAIN §7.

describe('caseload per FTE (IPS-25 item 1): ≤ 20 → 5, ≤ 25 → 4, ≤ 30 → 3, ≤ 40 → 2, more → 1', () => {
  it.each([
    [0, 5], [20, 5], [20.01, 4], [25, 4], [25.01, 3], [30, 3], [30.01, 2], [40, 2], [40.01, 1], [200, 1],
  ])('%f clients per FTE → %i', (figure, score) => expect(scoreCaseloadPerFte(figure)).toBe(score));
});

describe('mean days to first employer contact (Sainsbury 3, IPS-25 item 15): ≤ 30 → 5, ≤ 60 → 4, ≤ 150 → 3, ≤ 270 → 2, more → 1', () => {
  it.each([
    [0, 5], [30, 5], [30.5, 4], [60, 4], [60.01, 3], [150, 3], [150.2, 2], [270, 2], [270.01, 1], [1000, 1],
  ])('%f days → %i', (figure, score) => expect(scoreDaysToEmployerContact(figure)).toBe(score));
});

describe('preference-based share (Sainsbury 2, IPS-25 item 16): 100 % → 5, ≥ 75 % → 4, ≥ 50 % → 3, ≥ 10 % → 2, less → 1', () => {
  it.each([
    [1, 5], [99 / 100, 4], [0.75, 4], [74 / 100, 3], [0.5, 3], [49 / 100, 2], [0.1, 2], [9 / 100, 1], [0, 1],
  ])('%f → %i', (figure, score) => expect(scorePreferenceShare(figure)).toBe(score));
  it('only every contact marked yes is 100 %', () => expect(scorePreferenceShare(999 / 1000)).toBe(4));
});

describe('employer contacts per FTE per week (IPS-25 item 17): ≥ 6 → 5, ≥ 5 → 4, ≥ 3 → 3, ≥ 2 → 2, less → 1', () => {
  it.each([
    [10, 5], [6, 5], [5.99, 4], [5, 4], [4.99, 3], [3, 3], [2.99, 2], [2, 2], [1.99, 1], [0, 1],
  ])('%f → %i', (figure, score) => expect(scoreEmployerContactsPerFte(figure)).toBe(score));
});

describe('diversity of job types or employers (IPS-25 items 19, 20): ≥ 85 % → 5, ≥ 70 % → 4, ≥ 60 % → 3, ≥ 50 % → 2, less → 1', () => {
  it.each([
    [1, 5], [17 / 20, 5], [84 / 100, 4], [7 / 10, 4], [69 / 100, 3], [3 / 5, 3], [59 / 100, 2], [1 / 2, 2], [49 / 100, 1], [0, 1],
  ])('%f → %i', (figure, score) => expect(scoreDiversity(figure)).toBe(score));
});

describe('competitive share (IPS-25 item 21): ≥ 95 % → 5, ≥ 85 % → 4, ≥ 75 % → 3, ≥ 65 % → 2, less → 1', () => {
  it.each([
    [1, 5], [19 / 20, 5], [94 / 100, 4], [17 / 20, 4], [84 / 100, 3], [3 / 4, 3], [74 / 100, 2], [13 / 20, 2], [64 / 100, 1], [0, 1],
  ])('%f → %i', (figure, score) => expect(scoreCompetitiveShare(figure)).toBe(score));
});

describe('a figure exactly on a bound in arithmetic keeps its score despite rounding', () => {
  it('9 contacts over 35 days (5 weeks) ÷ (0.1 + 0.2) FTE is 6 per FTE per week → 5', () => {
    const figure = 9 / (35 / 7) / (0.1 + 0.2); // 5.999999999999999 in floating point
    expect(figure).toBeLessThan(6);
    expect(scoreEmployerContactsPerFte(figure)).toBe(5);
  });
  it('0.1 × 3 is 30 % (0.30000000000000004): on the bound of an at-most rule it still meets it', () => {
    expect(scoreByThresholds({ direction: 'at_most', bounds: [0.1, 0.2, 0.3, 0.4] }, 0.1 * 3)).toBe(3);
  });
  it('refuses a figure that is not a number', () => {
    expect(() => scoreDiversity(Number.NaN)).toThrow(/finite number/);
  });
});
