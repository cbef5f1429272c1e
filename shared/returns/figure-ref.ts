import { METRIC_CATALOGUE, type MetricKind } from '../outcomes/catalogue';
import { METRIC_IDS, isMetricId, type MetricId } from '../outcomes/metric-ids';
import { SAINSBURY_A_ITEMS } from '../sainsbury-a';
import { BREAKDOWN_KEYS, canonicalBreakdownKey } from './breakdown-keys';
import { CLIENT_COLUMNS, clientColumn } from './client-columns';

/**
 * What a template cell can ask for (issue 8 point 1). Written in a cell as `{{<text>}}`, as a defined
 * name, or in a saved mapping, always with the same text:
 *
 * - `job_starts` (the value), `job_starts.people`, `sustainment_rate_13w.numerator`, `….denominator`,
 *   `intake_gender.breakdown.female`: the metrics of DOMAIN §4, with the fields their kind has (people:
 *   counts; numerator/denominator: rates; breakdown: distributions, the median of the mean, per specialist);
 * - `period.label`, `period.start`, `period.end`, `as_of`, `service.name`, `service.manager`;
 * - `sainsbury_a.1` … `sainsbury_a.13` (section A, entered by hand), each with `.source` and `.year`;
 *   `new_recruits_declaring_mh.source` and `.year` likewise for D7;
 * - `sainsbury_c.1` … `sainsbury_c.8`, `sainsbury_c.total`, `sainsbury_c.review_date`, `sainsbury_c.status`
 *   (section C, from the latest final fidelity review);
 * - `client.<field>`, `job.<field>`: columns of the row that repeats per client (client-columns.ts).
 *
 * Names are matched in any case; breakdown keys keep the engine's spelling.
 */
export type MetricField = 'value' | 'people' | 'numerator' | 'denominator';
export type HandEnteredField = 'value' | 'source' | 'year';
export type SainsburyCField = 'total' | 'review_date' | 'status';

export type FigureRef =
  | { kind: 'metric'; metric: MetricId; field: MetricField }
  | { kind: 'breakdown'; metric: MetricId; key: string }
  | { kind: 'period'; field: 'label' | 'start' | 'end' }
  | { kind: 'as_of' }
  | { kind: 'service'; field: 'name' | 'manager' }
  /** `key` as in shared/sainsbury-a.ts: `a1`..`a13`, `new_recruits_declaring_mh`. */
  | { kind: 'hand_entered'; key: string; field: HandEnteredField }
  | { kind: 'sainsbury_c_item'; item: number }
  | { kind: 'sainsbury_c'; field: SainsburyCField }
  | { kind: 'client_column'; column: string };

export type ParsedFigureRef = { ok: true; ref: FigureRef } | { ok: false; message: string };

export const SAINSBURY_C_ITEMS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
const SAINSBURY_C_FIELDS: readonly SainsburyCField[] = ['total', 'review_date', 'status'];
const SAINSBURY_A_NUMBERS = SAINSBURY_A_ITEMS.map((i) => i.number);

/** Fields each metric kind has besides its value. */
const FIELDS_OF_KIND: Record<MetricKind, readonly MetricField[]> = {
  count: ['people'],
  rate: ['numerator', 'denominator'],
  distribution: [],
  mean: [],
  ratio: [],
  entered: [],
};

const fail = (message: string): ParsedFigureRef => ({ ok: false, message });
const ok = (ref: FigureRef): ParsedFigureRef => ({ ok: true, ref });

function parseMetric(metric: MetricId, rest: string[], raw: string): ParsedFigureRef {
  const kind = METRIC_CATALOGUE[metric].kind;
  if (rest.length === 0) return ok({ kind: 'metric', metric, field: 'value' });
  const field = rest[0]!.toLowerCase();
  if (field === 'breakdown') {
    const keys = BREAKDOWN_KEYS[metric];
    if (!keys) return fail(`"${metric}" has no breakdown`);
    const keyText = raw.split('.').slice(2).join('.');
    const key = canonicalBreakdownKey(keys, keyText);
    if (key === null) {
      return fail(keys === 'specialist' ? `"${metric}.breakdown" needs a specialist's name` : `"${metric}" has no breakdown "${keyText}" (it has ${keys.join(', ')})`);
    }
    return ok({ kind: 'breakdown', metric, key });
  }
  if (rest.length === 1 && kind === 'entered' && (field === 'source' || field === 'year')) {
    return ok({ kind: 'hand_entered', key: metric, field });
  }
  if (rest.length === 1 && (FIELDS_OF_KIND[kind] as readonly string[]).includes(field)) {
    return ok({ kind: 'metric', metric, field: field as MetricField });
  }
  return fail(`"${metric}" has no field "${rest.join('.')}"`);
}

function parseNamespace(head: string, rest: string[]): ParsedFigureRef | null {
  const [first, second] = [rest[0]?.toLowerCase(), rest[1]?.toLowerCase()];
  switch (head) {
    case 'period':
      return rest.length === 1 && (first === 'label' || first === 'start' || first === 'end')
        ? ok({ kind: 'period', field: first })
        : fail('"period" has the fields label, start and end');
    case 'as_of':
      return rest.length === 0 ? ok({ kind: 'as_of' }) : fail('"as_of" has no fields');
    case 'service':
      return rest.length === 1 && (first === 'name' || first === 'manager')
        ? ok({ kind: 'service', field: first })
        : fail('"service" has the fields name and manager');
    case 'sainsbury_a': {
      const n = Number(first);
      if (rest.length < 1 || rest.length > 2 || !SAINSBURY_A_NUMBERS.includes(n) || String(n) !== first) {
        return fail('"sainsbury_a" items are numbered 1 to 13');
      }
      if (rest.length === 2 && second !== 'source' && second !== 'year') return fail(`"sainsbury_a.${n}" has the fields source and year`);
      return ok({ kind: 'hand_entered', key: `a${n}`, field: (second as HandEnteredField | undefined) ?? 'value' });
    }
    case 'sainsbury_c': {
      if (rest.length !== 1) return fail('"sainsbury_c" has the items 1 to 8, total, review_date and status');
      const n = Number(first);
      if ((SAINSBURY_C_ITEMS as readonly number[]).includes(n) && String(n) === first) return ok({ kind: 'sainsbury_c_item', item: n });
      if ((SAINSBURY_C_FIELDS as readonly string[]).includes(first!)) return ok({ kind: 'sainsbury_c', field: first as SainsburyCField });
      return fail('"sainsbury_c" has the items 1 to 8, total, review_date and status');
    }
    case 'client':
    case 'job': {
      const column = clientColumn(`${head}.${rest.join('.')}`);
      return column ? ok({ kind: 'client_column', column: column.id }) : fail(`"${head}" has no column "${rest.join('.')}"`);
    }
    default:
      return null;
  }
}

/** Parses the text of a token (without the braces) or of a defined name or mapping entry. */
export function parseFigureRef(text: string): ParsedFigureRef {
  const raw = text.trim();
  if (raw === '') return fail('the token is empty');
  const parts = raw.split('.');
  const head = parts[0]!.toLowerCase();
  const rest = parts.slice(1);
  if (rest.some((p) => p.trim() === '') && !(rest[0]?.toLowerCase() === 'breakdown' && rest.length > 1)) {
    return fail(`"${raw}" has an empty part`);
  }
  if (isMetricId(head)) return parseMetric(head, rest, raw);
  return parseNamespace(head, rest) ?? fail(`unknown figure "${raw}"`);
}

/** The canonical text of a reference: what a token, a defined name or a mapping entry says. */
export function figureRefText(ref: FigureRef): string {
  switch (ref.kind) {
    case 'metric':
      return ref.field === 'value' ? ref.metric : `${ref.metric}.${ref.field}`;
    case 'breakdown':
      return `${ref.metric}.breakdown.${ref.key}`;
    case 'period':
      return `period.${ref.field}`;
    case 'as_of':
      return 'as_of';
    case 'service':
      return `service.${ref.field}`;
    case 'hand_entered': {
      const base = /^a\d+$/.test(ref.key) ? `sainsbury_a.${ref.key.slice(1)}` : ref.key;
      return ref.field === 'value' ? base : `${base}.${ref.field}`;
    }
    case 'sainsbury_c_item':
      return `sainsbury_c.${ref.item}`;
    case 'sainsbury_c':
      return `sainsbury_c.${ref.field}`;
    case 'client_column':
      return ref.column;
  }
}

/**
 * Every reference a template may use, in catalogue order (per-specialist breakdowns excepted: their keys
 * are names). The mapping screen offers these; unknown tokens are matched against them for a suggestion.
 */
export function allFigureRefs(): FigureRef[] {
  const refs: FigureRef[] = [];
  for (const metric of METRIC_IDS) {
    refs.push({ kind: 'metric', metric, field: 'value' });
    const kind = METRIC_CATALOGUE[metric].kind;
    for (const field of FIELDS_OF_KIND[kind]) refs.push({ kind: 'metric', metric, field });
    if (kind === 'entered') for (const field of ['source', 'year'] as const) refs.push({ kind: 'hand_entered', key: metric, field });
    const keys = BREAKDOWN_KEYS[metric];
    if (keys && keys !== 'specialist') for (const key of keys) refs.push({ kind: 'breakdown', metric, key });
  }
  for (const field of ['label', 'start', 'end'] as const) refs.push({ kind: 'period', field });
  refs.push({ kind: 'as_of' });
  refs.push({ kind: 'service', field: 'name' }, { kind: 'service', field: 'manager' });
  for (const item of SAINSBURY_A_ITEMS) {
    for (const field of ['value', 'source', 'year'] as const) refs.push({ kind: 'hand_entered', key: item.key, field });
  }
  for (const item of SAINSBURY_C_ITEMS) refs.push({ kind: 'sainsbury_c_item', item });
  for (const field of SAINSBURY_C_FIELDS) refs.push({ kind: 'sainsbury_c', field });
  return refs;
}

/** Columns of the repeating client row, as references. */
export function allClientColumnRefs(): FigureRef[] {
  return CLIENT_COLUMNS.map((c) => ({ kind: 'client_column', column: c.id }));
}
