import { formatUkDate, formatUkDateTime, isIsoDate } from '../../../../../shared/dates';

/**
 * The audit trail in words: what each stored action (`area.verb`) means, what changed, and when. Pure, so the
 * viewer and its tests share one reading. An action not listed here is shown as stored, never hidden.
 */

/** Each area (the part before the dot) as the filter lists it, and as one record of it is called. */
const AREAS: Record<string, { plural: string; one: string }> = {
  client: { plural: 'Client records', one: 'Client record' },
  job: { plural: 'Jobs', one: 'Job' },
  contact: { plural: 'Contacts', one: 'Contact' },
  activity: { plural: 'Activities', one: 'Activity' },
  wellbeing: { plural: 'Wellbeing scores', one: 'Wellbeing score' },
  staff: { plural: 'Staff', one: 'Staff member' },
  user: { plural: 'Users', one: 'User' },
  settings: { plural: 'Settings', one: 'Settings' },
  vault: { plural: 'Unlocking, passphrases and keys', one: 'IPS Desk' },
  records: { plural: 'Imports and exports', one: 'Records' },
  hand_entered: { plural: 'Hand-entered figures', one: 'Hand-entered figures' },
  names: { plural: 'Name merges', one: 'Names' },
  fidelity_review: { plural: 'Fidelity reviews', one: 'Fidelity review' },
  fidelity_action: { plural: 'Fidelity action plans', one: 'Action plan item' },
  backup: { plural: 'Backups and restores', one: 'Backup' },
  retention: { plural: 'Retention', one: 'Retention' },
};

/** Whole actions whose meaning is not "<record> <verb>". */
const ACTIONS: Record<string, string> = {
  deny: 'Refused: not allowed for their role',
  'client.view': 'Client record opened',
  'vault.setup': 'IPS Desk set up',
  'vault.unlock': 'Unlocked',
  'vault.unlock_failed': 'Wrong passphrase or recovery key tried',
  'vault.lock': 'Locked',
  'vault.passphrase_changed': 'Own passphrase changed',
  'vault.passphrase_set_after_recovery': 'New passphrase chosen after a recovery-key unlock',
  'vault.database_key_changed': 'Database key changed',
  'records.import': 'Workbook imported',
  'records.export': 'All records exported',
  'records.demo_load': 'Demo data loaded',
  'settings.update': 'Settings changed',
  'hand_entered.save': 'Hand-entered figures saved',
};

const VERBS: Record<string, string> = {
  create: 'added',
  update: 'changed',
  delete: 'deleted',
  view: 'opened',
  discharge: 'discharged',
  reopen: 'reopened',
  copy: 'copied',
  finalise: 'made final',
  item_update: 'score changed',
  note_add: 'progress note added',
  note_delete: 'progress note deleted',
};

function areaOf(action: string): string {
  const dot = action.indexOf('.');
  return dot === -1 ? action : action.slice(0, dot);
}

/** `service_name`, `serviceName` → "Service name". */
function readable(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** `client.update` → "Client record changed"; an unknown action is shown as it is stored. */
export function actionLabel(action: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  const area = AREAS[areaOf(action)];
  const verb = VERBS[action.slice(action.indexOf('.') + 1)];
  if (area && verb && action.includes('.')) return `${area.one} ${verb}`;
  return action;
}

export function areaLabel(area: string): string {
  return AREAS[area]?.plural ?? readable(area);
}

export interface ActionChoice {
  value: string;
  label: string;
}

/**
 * The filter's choices from the actions that occur: each area (matching all its actions) with its actions
 * under it, in the order areas are listed above and then alphabetically.
 */
export function actionChoices(actions: readonly string[]): { area: ActionChoice; actions: ActionChoice[] }[] {
  const byArea = new Map<string, string[]>();
  for (const action of actions) {
    const area = areaOf(action);
    byArea.set(area, [...(byArea.get(area) ?? []), action]);
  }
  const order = Object.keys(AREAS);
  const rank = (area: string) => (order.includes(area) ? order.indexOf(area) : order.length);
  return [...byArea.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([area, list]) => ({
      area: { value: area, label: areaLabel(area) },
      actions: list
        .filter((action) => action !== area)
        .sort()
        .map((action) => ({ value: action, label: actionLabel(action) })),
    }));
}

/** When an entry was written, in the computer's time: `22/11/2026 14:05:09`. */
export const formatAuditTime = (at: string): string => formatUkDateTime(at, true);

const MAX_VALUE_LENGTH = 200;

/** One stored value as a person reads it: dates in UK order, blanks said, lists joined, long text cut. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    const text = isIsoDate(value) ? formatUkDate(value) : ISO_DATE_TIME.test(value) ? formatAuditTime(value) : value;
    return cut(text);
  }
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : cut(value.map((v) => formatAuditValue(v)).join(', '));
  if (typeof value === 'object') {
    // A record inside a record (who tried to unlock, and when): its fields in a line.
    return cut(Object.entries(value as Record<string, unknown>).map(([key, v]) => `${readable(key).toLowerCase()} ${formatAuditValue(v)}`).join('; '));
  }
  return cut(String(value));
}

function cut(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function asFields(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/**
 * What an entry changed, field by field: both sides for a change, `after` only for something added, `before`
 * only for something removed. Stored before/after that are not records (a count) show as one field.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const was = asFields(before);
  const now = asFields(after);
  const blank = (value: unknown) => value === null || value === undefined;
  if ((!blank(before) && !was) || (!blank(after) && !now)) {
    return [{ field: 'Value', before: blank(before) ? null : formatAuditValue(before), after: blank(after) ? null : formatAuditValue(after) }];
  }
  const fields = [...new Set([...Object.keys(was ?? {}), ...Object.keys(now ?? {})])];
  return fields.map((field) => ({
    field: readable(field),
    before: was ? formatAuditValue(was[field]) : null,
    after: now ? formatAuditValue(now[field]) : null,
  }));
}

/** An entry's `details` (counts, how someone unlocked, a file's checksum) as label and value pairs. */
export function detailLines(details: unknown): { label: string; value: string }[] {
  if (details === null || details === undefined) return [];
  const fields = asFields(details);
  if (!fields) return [{ label: 'Details', value: formatAuditValue(details) }];
  return Object.entries(fields).map(([key, value]) => ({ label: readable(key), value: formatAuditValue(value) }));
}
