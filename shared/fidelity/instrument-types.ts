import { z } from 'zod';

/**
 * The shape of a fidelity instrument (DOMAIN §7): its items, each with a score range and what each score
 * means. The instruments themselves are data (sainsbury-c.ts, ips25.ts); everything else reads them.
 */

/** Same codes as the database's `fidelity_reviews.instrument` column. */
export const INSTRUMENT_IDS = ['sainsbury_c', 'ips25'] as const;
export const instrumentIdSchema = z.enum(INSTRUMENT_IDS, {
  error: (issue) =>
    issue.input === undefined || issue.input === null || issue.input === ''
      ? 'Instrument is required'
      : `Instrument "${String(issue.input)}" is not known (expected one of ${INSTRUMENT_IDS.join(', ')})`,
});
export type InstrumentId = z.infer<typeof instrumentIdSchema>;

type Upto8 = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
type Upto25 = Upto8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25;
export type SainsburyItemId = `sainsbury:${Upto8}`;
export type Ips25ItemId = `ips25:${Upto25}`;
/** Stable item ids: `sainsbury:1`…`sainsbury:8`, `ips25:1`…`ips25:25`. */
export type FidelityItemId = SainsburyItemId | Ips25ItemId;

/** IPS-25 sections. Sainsbury section C has no sections of its own (its items are section C). */
export const IPS25_SECTIONS = ['staffing', 'organisation', 'services'] as const;
export type Ips25Section = (typeof IPS25_SECTIONS)[number];

/** What one score of an item means. */
export type FidelityLevel = { score: number; text: string };

export type FidelityItem = {
  id: FidelityItemId;
  instrument: InstrumentId;
  /** 1-based number within the instrument, as printed on the paper form. */
  number: number;
  /** IPS-25 section; null for Sainsbury items. */
  section: Ips25Section | null;
  /** Sainsbury: the seed's item heading; IPS-25: the item's name. */
  title: string;
  /** A few words for tables and charts. */
  shortTitle: string;
  /** What the reviewer is judging, in a sentence or two. */
  description: string;
  min: number;
  max: number;
  /** One level per score from min to max, in ascending score order. */
  levels: readonly FidelityLevel[];
};

/** A band of total scores, inclusive at both ends. */
export type ScoreBand<K extends string = string> = { key: K; label: string; min: number; max: number };

export type FidelitySectionDefinition = { id: Ips25Section; title: string };

export type FidelityInstrument = {
  id: InstrumentId;
  title: string;
  shortTitle: string;
  /** Where the items come from, shown on the review and in the PDF. */
  source: string;
  /** How to read the scores, shown above the items. */
  scoreNote: string;
  items: readonly FidelityItem[];
  /** Empty for Sainsbury section C. */
  sections: readonly FidelitySectionDefinition[];
  /** Empty when the instrument has no bands (Sainsbury section C: the seed gives none). */
  bands: readonly ScoreBand[];
};
