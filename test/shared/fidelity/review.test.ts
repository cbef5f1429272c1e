import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, finaliseProblems, fidelityReviewSchema, newReviewDraft, type EvidenceSource, type FidelityReviewInput } from '../../../shared/fidelity';

function input(overrides: Partial<FidelityReviewInput> = {}, scores?: (number | null)[]): FidelityReviewInput {
  const instrument = overrides.instrument ?? 'sainsbury_c';
  return {
    instrument,
    review_date: '2026-01-15',
    reviewers: ['Dana Whitfield'],
    items: INSTRUMENTS[instrument].items.map((i, n) => ({ item: i.id, score: scores?.[n] ?? null })),
    ...overrides,
  };
}

const messages = (value: unknown) => fidelityReviewSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('fidelityReviewSchema', () => {
  it('fills the defaults: the 12 months up to the review date, a draft self-review, no sources or actions', () => {
    const review = fidelityReviewSchema.parse(input());
    expect(review.period).toEqual({ start: '2025-01-16', end: '2026-01-15' });
    expect(review).toMatchObject({ kind: 'self', status: 'draft', notes: null, actions: [] });
    expect(review.items[0]).toEqual({
      item: 'sainsbury:1', score: null, evidence: null, sources: [], not_enough_evidence: false, suggestion: null,
    });
  });

  it('keeps a chosen period, evidence, sources (once each, in list order) and the suggestion as it was', () => {
    const items = input().items.map((i) =>
      i.item === 'sainsbury:2'
        ? { ...i, score: 3, evidence: '  Contacts log, Q1–Q3  ', sources: ['documents', 'records', 'documents'] as EvidenceSource[], not_enough_evidence: true, suggestion: { score: 3, figure: 0.64 } }
        : i,
    );
    const review = fidelityReviewSchema.parse(input({ period: { start: '2025-04-01', end: '2025-12-31' }, kind: 'external', items }));
    expect(review.period).toEqual({ start: '2025-04-01', end: '2025-12-31' });
    expect(review.kind).toBe('external');
    expect(review.items[1]).toEqual({
      item: 'sainsbury:2', score: 3, evidence: 'Contacts log, Q1–Q3', sources: ['records', 'documents'], not_enough_evidence: true,
      suggestion: { score: 3, figure: 0.64 },
    });
  });

  it('puts items in instrument order whatever order they come in', () => {
    const review = fidelityReviewSchema.parse(input({ items: [...input().items].reverse() }));
    expect(review.items.map((i) => i.item)).toEqual(INSTRUMENTS.sainsbury_c.items.map((i) => i.id));
  });

  it('refuses a score outside the item’s range, naming the item', () => {
    expect(messages(input({}, [6]))).toEqual(['items.0.score: Item 1 (Targeted at paid employment): score must be a whole number from 1 to 5']);
    expect(messages(input({}, [1, 1, 1, 1, 1, 0]))).toEqual(['items.5.score: Item 6 (Working with Jobcentre Plus): score must be a whole number from 1 to 5']);
    expect(messages(input({}, [1, 1, 1, 1, 1, 1, 4]))).toEqual(['items.6.score: Item 7 (Audit against a fidelity scale): score must be a whole number from 0 to 3']);
    expect(messages(input({}, [2.5]))).toEqual(['items.0.score: Item 1 (Targeted at paid employment): score must be a whole number from 1 to 5']);
    // 0 is a real score for items 7 and 8, not "unscored".
    expect(fidelityReviewSchema.parse(input({}, [1, 1, 1, 1, 1, 1, 0, 0])).items[6]!.score).toBe(0);
  });

  it('refuses items missing, repeated or of the other instrument', () => {
    const items = input().items;
    expect(messages(input({ items: items.slice(0, 6) }))).toEqual([
      'items: The review is missing Item 7 (Audit against a fidelity scale), Item 8 (Audit of client feedback)',
    ]);
    expect(messages(input({ items: [...items, { item: 'sainsbury:2' }] }))).toEqual(['items.8.item: Item 2 (Employer contacts follow client preference) is listed twice']);
    expect(messages(input({ items: [...items, { item: 'ips25:2' }] }))).toEqual(['items.8.item: ips25:2 is not an item of Sainsbury Centre C']);
    expect(messages(input({ items: [...items, { item: 'ips25:99' as never }] }))[0]).toMatch(/^items\.8\.item: Item "ips25:99" is not a fidelity item/);
  });

  it('refuses a bad date, period, status or kind with the field named', () => {
    expect(messages(input({ review_date: '2026-02-30' }))).toEqual(['review_date: Review date must be a real date (YYYY-MM-DD)']);
    expect(messages(input({ period: { start: '2026-01-01', end: '2025-12-31' } }))).toEqual(['period.end: Period start must be on or before the period end']);
    expect(messages(input({ status: 'closed' as never }))[0]).toMatch(/^status: Review status "closed" is not a known code/);
    expect(messages(input({ kind: 'peer' as never }))[0]).toMatch(/^kind: Review kind "peer" is not a known code/);
    expect(messages(input({ reviewers: ['  '] }))).toEqual(['reviewers.0: Reviewer name is required']);
  });

  it('refuses to make a review final while items are unscored, naming them, or with no reviewer', () => {
    const scores = [4, 3, null, 5, 2, null, 1, 1];
    expect(messages(input({ status: 'final' }, scores))).toEqual([
      'status: This review cannot be made final: 2 items are not scored: Item 3 (Active job search within 4 weeks), Item 6 (Working with Jobcentre Plus).',
    ]);
    expect(messages(input({ status: 'final', reviewers: [] }, [4, 3, 2, 5, 2, 1, 1, null]))).toEqual([
      'status: This review cannot be made final: Item 8 (Audit of client feedback) is not scored.',
      'status: This review cannot be made final: name at least one reviewer.',
    ]);
    const complete = [4, 3, 2, 5, 2, 1, 1, 0];
    expect(fidelityReviewSchema.parse(input({ status: 'final' }, complete)).status).toBe('final');
    // The draft with the same gaps saves.
    expect(fidelityReviewSchema.parse(input({ status: 'draft', reviewers: [] }, scores)).status).toBe('draft');
    expect(finaliseProblems(fidelityReviewSchema.parse(input({}, complete)))).toEqual([]);
  });

  it('actions: one or more items of the instrument, a status, dated progress notes oldest first', () => {
    const review = fidelityReviewSchema.parse(
      input({
        actions: [
          {
            items: ['sainsbury:4', 'sainsbury:6', 'sainsbury:4'],
            action: 'Book a welfare rights adviser session each month',
            owner: 'Sam',
            due_date: '2026-04-30',
            status: 'in_progress',
            progress: [
              { date: '2026-03-01', note: 'Second session held' },
              { date: '2026-02-01', note: 'First session booked' },
            ],
          },
          { items: ['sainsbury:7'], action: 'Run the IPS-25 review' },
        ],
      }),
    );
    expect(review.actions[0]).toEqual({
      items: ['sainsbury:4', 'sainsbury:6'],
      action: 'Book a welfare rights adviser session each month',
      owner: 'Sam',
      due_date: '2026-04-30',
      status: 'in_progress',
      progress: [
        { date: '2026-02-01', note: 'First session booked' },
        { date: '2026-03-01', note: 'Second session held' },
      ],
    });
    expect(review.actions[1]).toMatchObject({ owner: null, due_date: null, status: 'not_started', progress: [] });

    expect(messages(input({ actions: [{ items: [], action: 'x' }] }))).toEqual(['actions.0.items: An action must answer at least one item']);
    expect(messages(input({ actions: [{ items: ['ips25:1'], action: 'x' }] }))).toEqual(['actions.0.items.0: ips25:1 is not an item of Sainsbury Centre C']);
    expect(messages(input({ actions: [{ items: ['sainsbury:1'], action: 'x', status: 'finished' as never }] }))[0]).toMatch(
      /^actions\.0\.status: Action status "finished" is not a known code \(expected one of not_started, in_progress, done, dropped\)/,
    );
    expect(messages(input({ actions: [{ items: ['sainsbury:1'], action: 'x', progress: [{ date: '2026-13-01', note: 'n' }] }] }))).toEqual([
      'actions.0.progress.0.date: Progress note date must be a real date (YYYY-MM-DD)',
    ]);
  });

  it('bounds what one review can hold', () => {
    expect(messages(input({ reviewers: Array.from({ length: 21 }, (_, i) => `R${i}`) }))).toEqual(['reviewers: A review can name at most 20 reviewers']);
    const long = input().items.map((i, n) => (n === 0 ? { ...i, evidence: 'x'.repeat(4001) } : i));
    expect(messages(input({ items: long }))).toEqual(['items.0.evidence: Evidence note must be at most 4000 characters']);
  });
});

describe('newReviewDraft', () => {
  it('lists every item of the instrument unscored, with the default period', () => {
    const draft = newReviewDraft('ips25', '2026-01-15', ['Dana']);
    expect(draft.items.map((i) => i.item)).toEqual(Array.from({ length: 25 }, (_, i) => `ips25:${i + 1}`));
    for (const item of draft.items) {
      expect(item).toEqual({ item: item.item, score: null, evidence: null, sources: [], not_enough_evidence: false, suggestion: null });
    }
    expect(draft).toMatchObject({ instrument: 'ips25', status: 'draft', reviewers: ['Dana'], period: { start: '2025-01-16', end: '2026-01-15' } });
    expect(finaliseProblems(draft)[0]).toMatch(/^This review cannot be made final: 25 items are not scored: Item 1 \(Caseload size\), /);
  });
});
