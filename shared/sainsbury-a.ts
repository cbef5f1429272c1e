import { z } from 'zod';

/**
 * Figures a manager types in because no record holds them (DOMAIN §4.6 and "Section A"): the Sainsbury
 * Centre key indicators section A (local employment context, items 1–13, seed 003) and D7 (new trust
 * recruits declaring a mental health condition). Each is kept per financial year with its source and the
 * year the source figure relates to.
 */

/** `percent`: a percentage 0–100 as published; `statement`: how far a statement holds (yes / partly / no). */
export const HAND_ENTERED_KINDS = ['percent', 'statement'] as const;
export type HandEnteredKind = (typeof HAND_ENTERED_KINDS)[number];

export const STATEMENT_ANSWERS = ['yes', 'partly', 'no'] as const;
export type StatementAnswer = (typeof STATEMENT_ANSWERS)[number];
export const STATEMENT_ANSWER_LABELS: Record<StatementAnswer, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

const LFS = 'Annual Labour Force Survey (nomisweb.co.uk)';
const PATIENT_SURVEY = 'National Patient Survey of mental health services (CQC)';
const GUIDANCE = 'As defined in DWP / DH / CSIP (2006) Vocational Services for People with Severe Mental Health Problems: Commissioning Guidance';

export type HandEnteredItemDefinition = {
  key: string;
  section: 'A' | 'D';
  number: number;
  text: string;
  kind: HandEnteredKind;
  /** Where the seed says the figure comes from: a hint for the source field, not a default. */
  suggestedSource: string;
  /** Good-practice points to weigh when answering a statement (item A13). */
  guidance?: readonly string[];
};

const item = (number: number, text: string, kind: HandEnteredKind, suggestedSource: string, guidance?: string[]): HandEnteredItemDefinition => ({
  key: `a${number}`,
  section: 'A',
  number,
  text,
  kind,
  suggestedSource,
  ...(guidance ? { guidance } : {}),
});

/** Section A, items 1–13, worded as in the seed. */
export const SAINSBURY_A_ITEMS: readonly HandEnteredItemDefinition[] = [
  item(1, '% of local population who are employed', 'percent', LFS),
  item(2, '% of local population who are unemployed', 'percent', LFS),
  item(3, '% of local population of working age who are economically inactive (not seeking work)', 'percent', LFS),
  item(4, '% of local population whose qualifications are equivalent to NVQ Level 2 or above', 'percent', LFS),
  item(5, '% of people with mental health problems in employment', 'percent', LFS),
  item(
    6,
    '% of people with mental and behavioural disorders who are in current receipt of Incapacity Benefit / Severe Disablement Allowance (since October 2008, new claimants receive Employment Support Allowance)',
    'percent',
    LFS,
  ),
  item(7, '% of adults in contact with specialist mental health services who are in paid work', 'percent', PATIENT_SURVEY),
  item(8, '% of adults in contact with specialist mental health services who report having received help with finding work', 'percent', PATIENT_SURVEY),
  item(
    9,
    '% of adults in contact with specialist mental health services who would have liked to receive help in finding work, but didn’t',
    'percent',
    PATIENT_SURVEY,
  ),
  item(
    10,
    '% of adults in contact with specialist mental health services who report being unable to work because of mental health problems',
    'percent',
    PATIENT_SURVEY,
  ),
  item(
    11,
    'Commissioners have ensured there is a comprehensive range of employment opportunities for people with mental health problems accessible across the community',
    'statement',
    GUIDANCE,
  ),
  item(
    12,
    'A local ‘Multi-Agency Forum’ has been established to address the work and employment needs of people with mental health problems in the locality',
    'statement',
    GUIDANCE,
  ),
  item(
    13,
    'There is onsite employment support available in primary care (employment specialists) in addition to psychological therapies',
    'statement',
    GUIDANCE,
    [
      'Employment specialists in primary care provide at least 2 sessions a week ‘onsite’ in the practice',
      'Employment specialists respond to GP referrals within 5 working days',
      'Employment specialists have good joint working (i.e. regular face-to-face contact) with GPs',
      'Employment specialists have good joint working (i.e. regular joint meetings) with specialist psychological therapists',
      'Employment specialists (with the permission of the individual) have regular contact with employers and others in the service user’s workplace',
      'Employment specialists are able to provide benefits advice (either themselves or through local contacts)',
    ],
  ),
];

/** D7, keyed by its metric id so the report and the form name it the same way. */
export const NEW_RECRUITS_ITEM: HandEnteredItemDefinition = {
  key: 'new_recruits_declaring_mh',
  section: 'D',
  number: 7,
  text: '% of new recruits to local mental health trust declaring ‘mental health condition’ on the confidential equal opportunities monitoring section of the new NHS Standard Application Form',
  kind: 'percent',
  suggestedSource: 'Trust HR equal opportunities monitoring',
};

export const HAND_ENTERED_ITEMS: readonly HandEnteredItemDefinition[] = [...SAINSBURY_A_ITEMS, NEW_RECRUITS_ITEM];
export const HAND_ENTERED_KEYS = HAND_ENTERED_ITEMS.map((i) => i.key);
const BY_KEY = new Map(HAND_ENTERED_ITEMS.map((i) => [i.key, i]));

export function handEnteredItem(key: string): HandEnteredItemDefinition | undefined {
  return BY_KEY.get(key);
}

/** `2025-26`: the second year must follow the first (April to March). */
export const financialYearSchema = z
  .string({ error: 'Financial year is required' })
  .trim()
  .superRefine((v, ctx) => {
    // One message per mistake: the spelling first, then whether the two years follow each other.
    if (!/^\d{4}-\d{2}$/.test(v)) ctx.addIssue({ code: 'custom', message: 'Financial year must be written like 2025-26' });
    else if (Number(v.slice(5)) !== (Number(v.slice(0, 4)) + 1) % 100) {
      ctx.addIssue({ code: 'custom', message: 'Financial year must run April to March, so the second year follows the first (like 2025-26)' });
    }
  });

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** One entered item: `value` is a number 0–100 for percentages, `yes`/`partly`/`no` for statements. */
export const handEnteredEntrySchema = z.object({
  key: z.string(),
  value: z.union([z.number(), z.string()]).nullish().transform((v) => (v === '' || v === undefined ? null : v)),
  source: optionalText('Source', 300),
  /** The year the source figure relates to, as the source names it: `2024`, `Oct 2023 – Sep 2024`. */
  year: optionalText('Year', 40),
});
export type HandEnteredEntry = z.output<typeof handEnteredEntrySchema>;

/** Checks each entry against its item: known key, value of the item's kind, a source whenever there is a value. */
export const handEnteredFiguresSchema = z
  .object({ financialYear: financialYearSchema, items: z.array(handEnteredEntrySchema).max(HAND_ENTERED_ITEMS.length * 2) })
  .superRefine(({ items }, ctx) => {
    const seen = new Set<string>();
    items.forEach((entry, i) => {
      const def = handEnteredItem(entry.key);
      const at = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['items', i, field], message });
      if (!def) return at('key', `"${entry.key}" is not a hand-entered item (expected one of ${HAND_ENTERED_KEYS.join(', ')})`);
      const name = def.section === 'A' ? `Item A${def.number}` : `Item D${def.number}`;
      if (seen.has(entry.key)) return at('key', `${name} is given twice`);
      seen.add(entry.key);
      const v = entry.value;
      if (def.kind === 'percent' && v !== null && (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)) {
        at('value', `${name} is a percentage: enter a number from 0 to 100`);
      }
      if (def.kind === 'statement' && v !== null && !(STATEMENT_ANSWERS as readonly unknown[]).includes(v)) {
        at('value', `${name} is a statement: answer yes, partly or no`);
      }
      if (v !== null && !entry.source) at('source', `${name}: say where the figure comes from (source)`);
      if (v === null && entry.year) at('value', `${name}: a year is given but no value`);
    });
  });
export type HandEnteredFigures = z.output<typeof handEnteredFiguresSchema>;
