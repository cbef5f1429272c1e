/**
 * SWEMWBS raw total (7–35) → metric score, from the published Rasch-based conversion table
 * (Stewart-Brown et al. 2009; Warwick Medical School). Metric scores are what comparisons should use.
 */
const SWEMWBS_METRIC: Readonly<Record<number, number>> = {
  7: 7.0, 8: 9.51, 9: 11.25, 10: 12.4, 11: 13.33, 12: 14.08, 13: 14.75, 14: 15.32, 15: 15.84, 16: 16.36,
  17: 16.88, 18: 17.43, 19: 17.98, 20: 18.59, 21: 19.25, 22: 19.98, 23: 20.73, 24: 21.54, 25: 22.35,
  26: 23.21, 27: 24.11, 28: 25.03, 29: 26.02, 30: 27.03, 31: 28.13, 32: 29.31, 33: 30.7, 34: 32.55, 35: 35.0,
};

export function swemwbsMetricScore(raw: number): number | null {
  return SWEMWBS_METRIC[raw] ?? null;
}

export const WELLBEING_RANGES = {
  swemwbs: { min: 7, max: 35 },
  reqol10: { min: 0, max: 40 },
} as const;
