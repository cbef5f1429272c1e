import { describe, expect, it } from 'vitest';
import { latestFinalSainsburySectionC } from '../../../electron/services/fidelity-service';
import { INSTRUMENTS } from '../../../shared/fidelity';
import { useTempDirs } from '../../db/helpers';
import { openRecordsApp, type RecordsApp } from '../records/records-app';
import { SAINSBURY_SCORES, createReview, finalReview, ips25Scores, scoreItems } from './fidelity-app';

const tempDir = useTempDirs();

interface AuditRow {
  action: string;
  user: string | null;
  at: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
}
const audits = (app: RecordsApp) =>
  app.vault.reader().raw.prepare('SELECT action, user, at, entity_id, before, after FROM audit_log ORDER BY seq').all() as AuditRow[];

/** Employer contacts in the default period (2025-01-16..2026-01-15), marked for Sainsbury item 2 / IPS-25 item 16. */
async function preferenceContacts(app: RecordsApp, marks: readonly ('yes' | 'no')[]) {
  for (const mark of marks) {
    await app.call('contacts.save', { contact: { date: '2025-06-01', kind: 'employer_face_to_face', employer: 'Acme', client_preference_based: mark } });
  }
}

describe('fidelity service: drafts', () => {
  it('starts a draft for an instrument: every item unscored, review date today, the 12 months up to it, a self-review', async () => {
    const app = await openRecordsApp(tempDir());
    const id = (await app.call('fidelity.create', { instrument: 'ips25' })).id;
    const { review, summary, actions, previous, comparison, suggestions } = await app.call('fidelity.get', { id });
    expect(review).toMatchObject({
      id, instrument: 'ips25', review_date: '2026-01-15', period: { start: '2025-01-16', end: '2026-01-15' }, reviewers: [], kind: 'self',
      status: 'draft', notes: null, finalised_at: null, finalised_by: null, copied_from: null,
    });
    expect(review.items.map((i) => i.item)).toEqual(INSTRUMENTS.ips25.items.map((i) => i.id));
    expect(review.items.every((i) => i.score === null && i.suggestion === null && i.sources.length === 0)).toBe(true);
    expect(summary).toMatchObject({ total: 0, scored: 0, items: 25, complete: false, band: null });
    expect(summary.unscored).toHaveLength(25);
    expect([actions, previous, comparison]).toEqual([[], null, null]);
    expect(suggestions.period).toEqual({ start: '2025-01-16', end: '2026-01-15', as_of: '2026-01-15' });
    app.close();
  });

  it('keeps a chosen period, review date, reviewers and kind; a period left at its default follows the review date', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await createReview(app, { instrument: 'sainsbury_c', review_date: '2025-12-01', kind: 'external', reviewers: ['  Dana Whitfield ', 'Sam Okafor'] });
    let { review } = await app.call('fidelity.get', { id });
    expect(review).toMatchObject({ review_date: '2025-12-01', period: { start: '2024-12-02', end: '2025-12-01' }, kind: 'external', reviewers: ['Dana Whitfield', 'Sam Okafor'] });

    ({ review } = await app.call('fidelity.saveDetails', { id, review_date: '2026-01-10' }));
    expect(review.period).toEqual({ start: '2025-01-11', end: '2026-01-10' });
    ({ review } = await app.call('fidelity.saveDetails', { id, period: { start: '2025-04-01', end: '2025-12-31' }, notes: 'With the trust lead' }));
    expect(review).toMatchObject({ review_date: '2026-01-10', period: { start: '2025-04-01', end: '2025-12-31' }, notes: 'With the trust lead', kind: 'external' });
    // A chosen period stays when the date moves; null goes back to the default.
    ({ review } = await app.call('fidelity.saveDetails', { id, review_date: '2026-01-12' }));
    expect(review.period).toEqual({ start: '2025-04-01', end: '2025-12-31' });
    ({ review } = await app.call('fidelity.saveDetails', { id, period: null }));
    expect(review.period).toEqual({ start: '2025-01-13', end: '2026-01-12' });

    const bad = await app.fail('fidelity.saveDetails', { id, period: { start: '2025-12-31', end: '2025-04-01' } });
    expect(bad).toMatchObject({ code: 'invalid_input', issues: [{ path: ['period', 'end'], message: 'Period start must be on or before the period end' }] });
    const tooMany = await app.fail('fidelity.create', { instrument: 'ips25', reviewers: Array.from({ length: 21 }, (_, i) => `Reviewer ${i}`) });
    expect(tooMany.message).toContain('A review can name at most 20 reviewers');
    app.close();
  });

  it('saves one item at a time: only the fields given change, each save one audit entry', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await createReview(app, { instrument: 'ips25' });
    let saved = await app.call('fidelity.saveItem', { id, item: 'ips25:4', score: 4 });
    expect(saved.item).toEqual({ item: 'ips25:4', score: 4, evidence: null, sources: [], not_enough_evidence: false, suggestion: null });
    expect(saved.summary).toMatchObject({ total: 4, scored: 1, complete: false, band: null });
    saved = await app.call('fidelity.saveItem', { id, item: 'ips25:4', evidence: '  Team rota and referral log  ', sources: ['documents', 'records', 'documents'] });
    expect(saved.item).toMatchObject({ score: 4, evidence: 'Team rota and referral log', sources: ['records', 'documents'] });
    saved = await app.call('fidelity.saveItem', { id, item: 'ips25:4', not_enough_evidence: true });
    expect(saved.item).toMatchObject({ score: 4, evidence: 'Team rota and referral log', sources: ['records', 'documents'], not_enough_evidence: true });
    saved = await app.call('fidelity.saveItem', { id, item: 'ips25:4', score: null, evidence: null });
    expect(saved.item).toMatchObject({ score: null, evidence: null, not_enough_evidence: true });

    const updates = audits(app).filter((a) => a.action === 'fidelity_review.item_update');
    expect(updates).toHaveLength(4);
    expect(JSON.parse(updates[1]!.before!)).toEqual({ evidence: null, sources: [] });
    expect(JSON.parse(updates[1]!.after!)).toEqual({ evidence: 'Team rota and referral log', sources: ['records', 'documents'] });
    app.close();
  });

  it('refuses a score out of range, an item of the other instrument or too long a note, naming the item, and writes nothing', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await createReview(app, { instrument: 'sainsbury_c' });
    const before = app.rowCounts();
    const high = await app.fail('fidelity.saveItem', { id, item: 'sainsbury:7', score: 4 });
    expect(high).toMatchObject({ code: 'invalid_input', message: 'Item 7 (Audit against a fidelity scale): score must be a whole number from 0 to 3', issues: [{ path: ['score'] }] });
    const half = await app.fail('fidelity.saveItem', { id, item: 'sainsbury:1', score: 3.5 });
    expect(half.message).toContain('score must be a whole number from 1 to 5');
    const other = await app.fail('fidelity.saveItem', { id, item: 'ips25:1', score: 3 });
    expect(other).toMatchObject({ code: 'invalid_input', issues: [{ path: ['item'], message: 'ips25:1 is not an item of Sainsbury Centre C' }] });
    const unknown = await app.fail('fidelity.saveItem', { id, item: 'ips25:26' as 'ips25:1', score: 3 });
    expect(unknown.code).toBe('invalid_input');
    const long = await app.fail('fidelity.saveItem', { id, item: 'sainsbury:1', evidence: 'x'.repeat(4001) });
    expect(long.message).toContain('Evidence note must be at most 4000 characters');
    const both = await app.fail('fidelity.saveItem', { id, item: 'sainsbury:2', score: 3, acceptSuggestion: true });
    expect(both.message).toContain('give a score or accept the suggestion, not both');
    const noRule = await app.fail('fidelity.saveItem', { id, item: 'sainsbury:1', acceptSuggestion: true });
    expect(noRule.message).toBe('Item 1 (Targeted at paid employment) has no suggestion from the data');
    const missing = await app.fail('fidelity.saveItem', { id: '00000000-0000-4000-8000-000000000000', item: 'sainsbury:1', score: 3 });
    expect(missing.code).toBe('not_found');
    expect(app.rowCounts()).toEqual(before);
    app.close();
  });
});

describe('fidelity service: suggestions kept with the score', () => {
  it('keeps the suggestion as it was when the score was chosen; accepting it is one call; nothing is filled silently', async () => {
    const app = await openRecordsApp(tempDir());
    await preferenceContacts(app, ['yes', 'yes', 'no']);
    const id = await createReview(app, { instrument: 'sainsbury_c' });

    let detail = await app.call('fidelity.get', { id });
    expect(detail.suggestions.suggestions['sainsbury:2']).toMatchObject({ score: 3, figure: 2 / 3 });
    expect(detail.review.items.find((i) => i.item === 'sainsbury:2')).toMatchObject({ score: null, suggestion: null });

    // The reviewers choose 2 although the data says 3: both are kept.
    let saved = await app.call('fidelity.saveItem', { id, item: 'sainsbury:2', score: 2 });
    expect(saved.item).toMatchObject({ score: 2, suggestion: { score: 3, figure: 2 / 3 } });

    // The records change: the live suggestion moves, the kept one does not (also when other fields are saved).
    await preferenceContacts(app, ['yes']);
    saved = await app.call('fidelity.saveItem', { id, item: 'sainsbury:2', evidence: 'Contacts log' });
    expect(saved.item).toMatchObject({ score: 2, suggestion: { score: 3, figure: 2 / 3 } });
    saved = await app.call('fidelity.saveItem', { id, item: 'sainsbury:2', score: 2 });
    expect(saved.item.suggestion).toEqual({ score: 3, figure: 2 / 3 });
    detail = await app.call('fidelity.get', { id });
    expect(detail.suggestions.suggestions['sainsbury:2']).toMatchObject({ score: 4, figure: 0.75, numerator: 3, denominator: 4 });
    expect(detail.review.items.find((i) => i.item === 'sainsbury:2')).toMatchObject({ score: 2, suggestion: { score: 3, figure: 2 / 3 } });

    saved = await app.call('fidelity.saveItem', { id, item: 'sainsbury:2', acceptSuggestion: true });
    expect(saved.item).toMatchObject({ score: 4, evidence: 'Contacts log', suggestion: { score: 4, figure: 0.75 } });

    saved = await app.call('fidelity.saveItem', { id, item: 'sainsbury:2', score: null });
    expect(saved.item).toMatchObject({ score: null, suggestion: null });

    // An item the data has nothing for: a score keeps "no suggestion then"; accepting is refused.
    saved = await app.call('fidelity.saveItem', { id, item: 'sainsbury:3', score: 4 });
    expect(saved.item.suggestion).toEqual({ score: null, figure: null });
    const none = await app.fail('fidelity.saveItem', { id, item: 'sainsbury:3', acceptSuggestion: true });
    expect(none.message).toContain('the data gives no suggestion for this review’s period');
    // No other item was scored along the way.
    expect((await app.call('fidelity.get', { id })).summary.scored).toBe(1);
    app.close();
  });
});

describe('fidelity service: finalising', () => {
  it('refuses while any item is unscored, naming the items, and allows it once every item is scored; who and when are audited', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await createReview(app, { instrument: 'sainsbury_c' });
    await scoreItems(app, id, 'sainsbury_c', [4, 3, 5, 4, 2]);
    const before = app.rowCounts();
    const refused = await app.fail('fidelity.finalise', { id });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toBe(
      'This review cannot be made final: 3 items are not scored: Item 6 (Working with Jobcentre Plus), Item 7 (Audit against a fidelity scale), Item 8 (Audit of client feedback).',
    );
    expect(refused.issues?.map((i) => i.path)).toEqual([
      ['items', 'sainsbury:6', 'score'],
      ['items', 'sainsbury:7', 'score'],
      ['items', 'sainsbury:8', 'score'],
    ]);
    expect(app.rowCounts()).toEqual(before);
    expect((await app.call('fidelity.get', { id })).review.status).toBe('draft');

    await scoreItems(app, id, 'sainsbury_c', [null, null, null, null, null, 3, 0, 1]);
    const { review, summary } = await app.call('fidelity.finalise', { id });
    expect(review).toMatchObject({ status: 'final', finalised_by: 'Ann Manager' });
    expect(summary).toMatchObject({ total: 22, max: 36, complete: true, band: null });
    const entry = audits(app).at(-1)!;
    expect(entry).toMatchObject({ action: 'fidelity_review.finalise', user: 'Ann Manager', entity_id: id });
    expect(JSON.parse(entry.before!)).toEqual({ status: 'draft' });
    expect(JSON.parse(entry.after!)).toEqual({ status: 'final', finalised_at: review.finalised_at, finalised_by: 'Ann Manager' });
    expect(Math.abs(Date.parse(entry.at) - Date.parse(review.finalised_at!))).toBeLessThan(60_000);
    app.close();
  });

  it('refuses a review with no reviewer named', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await createReview(app, { instrument: 'sainsbury_c', reviewers: [] });
    await scoreItems(app, id, 'sainsbury_c', SAINSBURY_SCORES);
    const refused = await app.fail('fidelity.finalise', { id });
    expect(refused).toMatchObject({ message: 'This review cannot be made final: name at least one reviewer.', issues: [{ path: ['reviewers'] }] });
    app.close();
  });

  it('locks a final review: no score, detail, second finalise or delete changes it, and nothing is written', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await finalReview(app, 'sainsbury_c', '2026-01-10', SAINSBURY_SCORES);
    const frozen = await app.call('fidelity.get', { id });
    const before = app.rowCounts();
    for (const failure of [
      await app.fail('fidelity.saveItem', { id, item: 'sainsbury:1', score: 1 }),
      await app.fail('fidelity.saveItem', { id, item: 'sainsbury:1', evidence: 'changed' }),
      await app.fail('fidelity.saveDetails', { id, reviewers: ['Someone Else'] }),
      await app.fail('fidelity.finalise', { id }),
      await app.fail('fidelity.deleteDraft', { id }),
    ]) {
      expect(failure).toMatchObject({ code: 'conflict', message: 'This Sainsbury Centre C review is final and cannot be changed. A manager can copy it into a new draft.' });
    }
    expect(app.rowCounts()).toEqual(before);
    expect(await app.call('fidelity.get', { id })).toEqual(frozen);
    app.close();
  });
});

describe('fidelity service: copying, listing and the schedule', () => {
  it('copies a final review into a new draft (scores, evidence, kept suggestions, reviewers; not the actions); a draft cannot be copied', async () => {
    const app = await openRecordsApp(tempDir());
    await preferenceContacts(app, ['yes', 'no']);
    const source = await createReview(app, { instrument: 'sainsbury_c', review_date: '2025-07-01', kind: 'external', notes: 'First review' });
    await scoreItems(app, source, 'sainsbury_c', SAINSBURY_SCORES);
    await app.call('fidelity.saveItem', { id: source, item: 'sainsbury:4', evidence: 'Benefits adviser diary', sources: ['documents'] });
    await app.call('fidelity.saveAction', { review_id: source, action: { items: ['sainsbury:5'], action: 'Attend the team meeting' } });

    const draftRefused = await app.fail('fidelity.copy', { id: source });
    expect(draftRefused).toMatchObject({ code: 'conflict' });
    expect(draftRefused.message).toContain('Only a final review can be copied');

    await app.call('fidelity.finalise', { id: source });
    const original = await app.call('fidelity.get', { id: source });
    const copyId = (await app.call('fidelity.copy', { id: source })).id;
    const copy = await app.call('fidelity.get', { id: copyId });
    expect(copy.review).toMatchObject({
      status: 'draft', review_date: '2026-01-15', period: { start: '2025-01-16', end: '2026-01-15' }, kind: 'external', reviewers: ['Dana Whitfield'],
      notes: null, copied_from: source, finalised_at: null,
    });
    expect(copy.review.items).toEqual(original.review.items);
    expect(copy.review.items[1]!.suggestion).toEqual({ score: 3, figure: 0.5 });
    expect(copy.actions).toEqual([]);
    expect(copy.previous?.review.id).toBe(source);
    expect(copy.previous?.actions.map((a) => a.action)).toEqual(['Attend the team meeting']);
    expect(copy.comparison?.total).toEqual({ current: 24, previous: 24, change: 0 });
    // The copy is a draft like any other; the original stays as it was.
    await app.call('fidelity.saveItem', { id: copyId, item: 'sainsbury:1', score: 5 });
    expect(await app.call('fidelity.get', { id: source })).toEqual(original);

    const copyOn = (await app.call('fidelity.copy', { id: source, review_date: '2026-02-01' })).id;
    expect((await app.call('fidelity.get', { id: copyOn })).review).toMatchObject({ review_date: '2026-02-01', period: { start: '2025-02-02', end: '2026-02-01' } });
    app.close();
  });

  it('lists reviews newest first with total and band, and when each instrument is next due (6 months below good, then yearly)', async () => {
    const app = await openRecordsApp(tempDir());
    const early = await finalReview(app, 'ips25', '2025-01-20', ips25Scores(90));
    const fair = await finalReview(app, 'ips25', '2025-07-10', ips25Scores(98));
    const draft = await createReview(app, { instrument: 'ips25', review_date: '2026-01-14' });
    await scoreItems(app, draft, 'ips25', [5, 5]);
    const sainsbury = await finalReview(app, 'sainsbury_c', '2025-02-01', SAINSBURY_SCORES);

    const list = await app.call('fidelity.list', {});
    expect(list.today).toBe('2026-01-15');
    expect(list.reviews.map((r) => [r.id, r.review_date, r.status, r.total, r.band?.key ?? null, r.complete])).toEqual([
      [draft, '2026-01-14', 'draft', 10, null, false],
      [fair, '2025-07-10', 'final', 98, 'fair', true],
      [sainsbury, '2025-02-01', 'final', 24, null, true],
      [early, '2025-01-20', 'final', 90, 'fair', true],
    ]);
    expect(list.reviews[1]).toMatchObject({ max: 125, scored: 25, items: 25, band: { key: 'fair', label: 'Fair fidelity' }, finalised_by: 'Ann Manager', open_actions: 0 });
    expect(list.schedule).toEqual([
      expect.objectContaining({ instrument: 'sainsbury_c', latest_final: { id: sainsbury, review_date: '2025-02-01' }, due: '2026-02-01', interval_months: 12, state: 'due_soon', days_until_due: 17 }),
      expect.objectContaining({ instrument: 'ips25', latest_final: { id: fair, review_date: '2025-07-10' }, due: '2026-01-10', interval_months: 6, state: 'overdue', days_until_due: -5 }),
    ]);

    // A good review moves IPS-25 to yearly.
    const good = await finalReview(app, 'ips25', '2026-01-15', ips25Scores(104));
    const after = await app.call('fidelity.list', {});
    expect(after.schedule[1]).toMatchObject({ latest_final: { id: good }, due: '2027-01-15', interval_months: 12, state: 'not_due', days_until_due: 365 });
    app.close();
  });

  it('shows a review beside the previous final review of the same instrument, with per-item, section, total and band changes', async () => {
    const app = await openRecordsApp(tempDir());
    await finalReview(app, 'ips25', '2024-12-01', ips25Scores(80));
    const previous = await finalReview(app, 'ips25', '2025-07-10', ips25Scores(98));
    await finalReview(app, 'sainsbury_c', '2025-12-01', SAINSBURY_SCORES);
    const current = await finalReview(app, 'ips25', '2026-01-10', ips25Scores(101));
    const detail = await app.call('fidelity.get', { id: current });
    expect(detail.previous?.review.id).toBe(previous);
    expect(detail.comparison).toMatchObject({
      total: { current: 101, previous: 98, change: 3 },
      band: { current: { key: 'good' }, previous: { key: 'fair' }, direction: 'up' },
    });
    expect(detail.comparison?.sections.map((s) => s.section)).toEqual(['staffing', 'organisation', 'services']);
    expect(detail.comparison?.items.filter((c) => c.change !== 0).map((c) => [c.item, c.previous, c.current])).toEqual([
      ['ips25:19', 2, 5],
    ]);
    // The earliest has nothing before it.
    const first = (await app.call('fidelity.list', {})).reviews.at(-1)!;
    expect((await app.call('fidelity.get', { id: first.id })).previous).toBeNull();
    app.close();
  });

  it('deletes a draft with its actions (one audit entry holding what was deleted)', async () => {
    const app = await openRecordsApp(tempDir());
    const id = await createReview(app, { instrument: 'ips25' });
    await scoreItems(app, id, 'ips25', [3]);
    await app.call('fidelity.saveAction', { review_id: id, action: { items: ['ips25:1'], action: 'Recruit a second specialist' } });
    await app.call('fidelity.deleteDraft', { id });
    expect((await app.call('fidelity.list', {})).reviews).toEqual([]);
    expect((await app.fail('fidelity.get', { id })).code).toBe('not_found');
    const counts = app.vault.reader().raw.prepare('SELECT (SELECT count(*) FROM fidelity_review_items) AS items, (SELECT count(*) FROM fidelity_actions) AS actions, (SELECT count(*) FROM fidelity_action_items) AS links').get();
    expect(counts).toEqual({ items: 0, actions: 0, links: 0 });
    const entry = audits(app).at(-1)!;
    expect(entry.action).toBe('fidelity_review.delete');
    expect(JSON.parse(entry.before!)).toMatchObject({ instrument: 'ips25', actions: [{ action: 'Recruit a second specialist' }] });
    app.close();
  });
});

describe('fidelity service: Sainsbury section C for the returns', () => {
  it('gives the latest final Sainsbury review: item scores, total and review date; drafts and IPS-25 reviews never count', async () => {
    const app = await openRecordsApp(tempDir());
    const read = () => latestFinalSainsburySectionC(app.vault.reader());
    expect(read()).toBeNull();
    await finalReview(app, 'sainsbury_c', '2025-03-01', [1, 1, 1, 1, 1, 1, 0, 0]);
    const latest = await finalReview(app, 'sainsbury_c', '2025-11-20', SAINSBURY_SCORES);
    await finalReview(app, 'ips25', '2025-12-01', ips25Scores(110));
    const draft = await createReview(app, { instrument: 'sainsbury_c', review_date: '2026-01-14' });
    await scoreItems(app, draft, 'sainsbury_c', [5, 5, 5, 5, 5, 5, 3, 3]);

    const c = read()!;
    expect(c).toMatchObject({ review_id: latest, review_date: '2025-11-20', period: { start: '2024-11-21', end: '2025-11-20' }, total: 24, max: 36, reviewers: ['Dana Whitfield'] });
    expect(c.items.map((i) => [i.item, i.number, i.score, i.max])).toEqual([
      ['sainsbury:1', 1, 4, 5], ['sainsbury:2', 2, 3, 5], ['sainsbury:3', 3, 5, 5], ['sainsbury:4', 4, 4, 5],
      ['sainsbury:5', 5, 2, 5], ['sainsbury:6', 6, 3, 5], ['sainsbury:7', 7, 2, 3], ['sainsbury:8', 8, 1, 3],
    ]);
    app.close();
  });
});
