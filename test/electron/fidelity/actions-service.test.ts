import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../db/helpers';
import { openRecordsApp } from '../records/records-app';
import { SAINSBURY_SCORES, createReview, finalReview, ips25Scores } from './fidelity-app';

const tempDir = useTempDirs();

describe('fidelity service: action plans', () => {
  it('adds, changes and deletes actions over one or more items, in plan order, with dated progress notes', async () => {
    const app = await openRecordsApp(tempDir());
    const review_id = await createReview(app, { instrument: 'ips25' });
    const first = (
      await app.call('fidelity.saveAction', {
        review_id,
        action: { items: ['ips25:23', 'ips25:22', 'ips25:23'], action: '  Weekly in-work support in month one  ', owner: 'Dana Whitfield', due_date: '2026-03-31' },
      })
    ).action;
    expect(first).toMatchObject({
      review_id, position: 1, items: ['ips25:22', 'ips25:23'], action: 'Weekly in-work support in month one', owner: 'Dana Whitfield', due_date: '2026-03-31',
      status: 'not_started', progress: [],
    });
    const second = (await app.call('fidelity.saveAction', { review_id, action: { items: ['ips25:17'], action: 'Two employer visits a week each' } })).action;
    expect(second).toMatchObject({ position: 2, owner: null, due_date: null });

    const changed = (await app.call('fidelity.saveAction', { review_id, id: first.id, action: { items: ['ips25:23'], action: first.action, status: 'in_progress', due_date: '2026-04-30' } })).action;
    expect(changed).toMatchObject({ id: first.id, position: 1, items: ['ips25:23'], status: 'in_progress', due_date: '2026-04-30', owner: null });

    await app.call('fidelity.addProgressNote', { action_id: first.id, note: { date: '2026-02-20', note: 'Support plan template agreed' } });
    const noted = (await app.call('fidelity.addProgressNote', { action_id: first.id, note: { date: '2026-02-03', note: 'Discussed at team meeting' } })).action;
    expect(noted.progress.map((n) => [n.date, n.note])).toEqual([
      ['2026-02-03', 'Discussed at team meeting'],
      ['2026-02-20', 'Support plan template agreed'],
    ]);
    const afterDelete = (await app.call('fidelity.deleteProgressNote', { id: noted.progress[0]!.id })).action;
    expect(afterDelete.progress.map((n) => n.note)).toEqual(['Support plan template agreed']);

    await app.call('fidelity.deleteAction', { id: second.id });
    const { actions } = await app.call('fidelity.get', { id: review_id });
    expect(actions.map((a) => [a.position, a.action, a.status])).toEqual([[1, 'Weekly in-work support in month one', 'in_progress']]);
    expect((await app.call('fidelity.list', {})).reviews[0]!.open_actions).toBe(1);

    const entries = app.auditActions().filter((a) => a.startsWith('fidelity_action.'));
    expect(entries).toEqual([
      'fidelity_action.create', 'fidelity_action.create', 'fidelity_action.update', 'fidelity_action.note_add', 'fidelity_action.note_add',
      'fidelity_action.note_delete', 'fidelity_action.delete',
    ]);
    app.close();
  });

  it('refuses items of the other instrument, no items, unknown reviews, actions and notes, and writes nothing', async () => {
    const app = await openRecordsApp(tempDir());
    const review_id = await createReview(app, { instrument: 'sainsbury_c' });
    const other = await createReview(app, { instrument: 'ips25' });
    const action = (await app.call('fidelity.saveAction', { review_id, action: { items: ['sainsbury:2'], action: 'Log preferences on every contact' } })).action;
    const before = app.rowCounts();
    const wrong = await app.fail('fidelity.saveAction', { review_id, action: { items: ['sainsbury:2', 'ips25:16'], action: 'x' } });
    expect(wrong).toMatchObject({ code: 'invalid_input', issues: [{ path: ['action', 'items', 1], message: 'ips25:16 is not an item of Sainsbury Centre C' }] });
    const none = await app.fail('fidelity.saveAction', { review_id, action: { items: [], action: 'x' } });
    expect(none.message).toContain('An action must answer at least one item');
    const blank = await app.fail('fidelity.saveAction', { review_id, action: { items: ['sainsbury:2'], action: '   ' } });
    expect(blank.message).toContain('Action is required');
    const badStatus = await app.fail('fidelity.saveAction', { review_id, action: { items: ['sainsbury:2'], action: 'x', status: 'finished' as 'done' } });
    expect(badStatus.message).toContain('Action status "finished" is not a known code');
    const moved = await app.fail('fidelity.saveAction', { review_id: other, id: action.id, action: { items: ['ips25:1'], action: 'x' } });
    expect(moved.code).toBe('not_found');
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect((await app.fail('fidelity.saveAction', { review_id: ghost, action: { items: ['sainsbury:2'], action: 'x' } })).code).toBe('not_found');
    expect((await app.fail('fidelity.deleteAction', { id: ghost })).code).toBe('not_found');
    expect((await app.fail('fidelity.addProgressNote', { action_id: ghost, note: { date: '2026-01-01', note: 'x' } })).code).toBe('not_found');
    expect((await app.fail('fidelity.deleteProgressNote', { id: ghost })).code).toBe('not_found');
    const badDate = await app.fail('fidelity.addProgressNote', { action_id: action.id, note: { date: '2026-02-30', note: 'x' } });
    expect(badDate.message).toContain('Progress note date must be a real date');
    expect(app.rowCounts()).toEqual(before);
    app.close();
  });

  it('keeps a final review’s plan open for progress (status, notes, new actions) but on record: its actions cannot be deleted', async () => {
    const app = await openRecordsApp(tempDir());
    const review_id = await createReview(app, { instrument: 'sainsbury_c', review_date: '2026-01-10' });
    const action = (await app.call('fidelity.saveAction', { review_id, action: { items: ['sainsbury:3'], action: 'Employer contact within 4 weeks', due_date: '2026-06-30' } })).action;
    for (let n = 1; n <= 8; n++) await app.call('fidelity.saveItem', { id: review_id, item: `sainsbury:${n}` as 'sainsbury:1', score: SAINSBURY_SCORES[n - 1]! });
    await app.call('fidelity.finalise', { id: review_id });

    const done = (await app.call('fidelity.saveAction', { review_id, id: action.id, action: { items: ['sainsbury:3'], action: action.action, due_date: '2026-06-30', status: 'done' } })).action;
    expect(done.status).toBe('done');
    await app.call('fidelity.addProgressNote', { action_id: action.id, note: { date: '2026-05-01', note: 'Met for every new client since March' } });
    const added = (await app.call('fidelity.saveAction', { review_id, action: { items: ['sainsbury:8'], action: 'Client feedback survey' } })).action;
    const refused = await app.fail('fidelity.deleteAction', { id: added.id });
    expect(refused).toMatchObject({ code: 'conflict', message: 'This action is part of a final review’s plan and stays on record: mark it dropped instead.' });
    expect((await app.call('fidelity.get', { id: review_id })).actions).toHaveLength(2);
    app.close();
  });

  it('shows the previous review’s actions and whether each was achieved on the next review of the same instrument', async () => {
    const app = await openRecordsApp(tempDir());
    const previous = await finalReview(app, 'ips25', '2025-07-10', ips25Scores(98));
    const a = (await app.call('fidelity.saveAction', { review_id: previous, action: { items: ['ips25:5'], action: 'Join the weekly team meeting', status: 'done' } })).action;
    await app.call('fidelity.saveAction', { review_id: previous, action: { items: ['ips25:12'], action: 'Benefits sessions', status: 'dropped' } });
    await app.call('fidelity.addProgressNote', { action_id: a.id, note: { date: '2025-09-01', note: 'Attending since September' } });
    const next = await createReview(app, { instrument: 'ips25', review_date: '2026-01-12' });
    const { previous: shown } = await app.call('fidelity.get', { id: next });
    expect(shown?.review.id).toBe(previous);
    expect(shown?.actions.map((x) => [x.action, x.status, x.progress.map((n) => n.note)])).toEqual([
      ['Join the weekly team meeting', 'done', ['Attending since September']],
      ['Benefits sessions', 'dropped', []],
    ]);
    const report = await app.call('fidelity.reportHtml', { id: next });
    expect(report.html).toContain('1 of 2 actions from the review of 10/07/2025 achieved.');
    app.close();
  });
});

describe('fidelity service: what the home screen shows', () => {
  it('lists instruments due within 30 days or overdue, and open actions past their due date, most overdue first', async () => {
    const app = await openRecordsApp(tempDir());
    expect(await app.call('fidelity.due', {})).toEqual({ today: '2026-01-15', reviews: [], actions: [] });

    const ips = await finalReview(app, 'ips25', '2025-07-10', ips25Scores(98)); // fair: due 10/01/2026, overdue
    await finalReview(app, 'sainsbury_c', '2025-03-01', SAINSBURY_SCORES); // due 01/03/2026: not within 30 days
    const late = (await app.call('fidelity.saveAction', { review_id: ips, action: { items: ['ips25:17'], action: 'Employer visits', due_date: '2025-12-01', status: 'in_progress' } })).action;
    const later = (await app.call('fidelity.saveAction', { review_id: ips, action: { items: ['ips25:18'], action: 'Employer feedback', due_date: '2026-01-14' } })).action;
    await app.call('fidelity.saveAction', { review_id: ips, action: { items: ['ips25:19'], action: 'Done on time', due_date: '2025-11-01', status: 'done' } });
    await app.call('fidelity.saveAction', { review_id: ips, action: { items: ['ips25:20'], action: 'Given up', due_date: '2025-11-01', status: 'dropped' } });
    await app.call('fidelity.saveAction', { review_id: ips, action: { items: ['ips25:21'], action: 'Due today', due_date: '2026-01-15' } });
    await app.call('fidelity.saveAction', { review_id: ips, action: { items: ['ips25:22'], action: 'No due date' } });

    const due = await app.call('fidelity.due', {});
    expect(due.reviews.map((r) => [r.instrument, r.due, r.state, r.days_until_due])).toEqual([['ips25', '2026-01-10', 'overdue', -5]]);
    expect(due.actions.map((x) => [x.action.id, x.days_overdue, x.review.id, x.review.status])).toEqual([
      [late.id, 45, ips, 'final'],
      [later.id, 1, ips, 'final'],
    ]);

    const soon = await openRecordsApp(tempDir(), '2026-02-05');
    await finalReview(soon, 'sainsbury_c', '2025-03-01', SAINSBURY_SCORES);
    expect((await soon.call('fidelity.due', {})).reviews).toEqual([
      expect.objectContaining({ instrument: 'sainsbury_c', due: '2026-03-01', state: 'due_soon', days_until_due: 24 }),
    ]);
    soon.close();
    app.close();
  });
});
