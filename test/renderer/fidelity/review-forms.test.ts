import { describe, expect, it } from 'vitest';
import { defaultReviewPeriod, type StoredReview } from '../../../shared/fidelity';
import { actionForm, actionFormSchema, progressNoteFormSchema } from '../../../renderer/src/screens/fidelity/action-form';
import { createReviewSchema, newReviewForm, reviewDetailsForm, saveDetailsSchema } from '../../../renderer/src/screens/fidelity/review-details-form';

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.map(String).join('.'), issue.message]));
}

const REVIEW_ID = '3f2b8c1e-5d4a-4e7b-9c6d-1a2b3c4d5e6f';
const review: StoredReview = {
  id: REVIEW_ID, instrument: 'ips25', review_date: '2026-01-15', period: defaultReviewPeriod('2026-01-15'), reviewers: ['Ann', 'Ben'], kind: 'self', status: 'draft',
  notes: null, items: [], finalised_at: null, finalised_by: null, copied_from: null, created_at: '', updated_at: '',
};

describe('the review details form', () => {
  it('starts a review with today and the default period when both are left blank', () => {
    expect(createReviewSchema.parse({ ...newReviewForm('sainsbury_c'), reviewers: 'Ann, Ben' })).toEqual({
      instrument: 'sainsbury_c', review_date: null, period: null, reviewers: ['Ann', 'Ben'], kind: 'self', notes: null,
    });
  });

  it('converts dd/mm/yyyy and reports every problem at its field, in the words people type', () => {
    const form = { ...newReviewForm('ips25'), review_date: '31/02/2026', period: { start: '01/04/2025', end: '' }, reviewers: `Ann, ${'x'.repeat(101)}` };
    expect(problems(createReviewSchema.safeParse(form))).toEqual({
      review_date: 'Review date must be a real date (dd/mm/yyyy)',
      'period.end': 'Period end is required',
      reviewers: 'Reviewer name must be at most 100 characters',
    });
    expect(problems(createReviewSchema.safeParse({ ...newReviewForm('ips25'), period: { start: '01/04/2026', end: '01/04/2025' } }))).toEqual({
      'period.end': 'Period start must be on or before the period end',
    });
  });

  it('shows a draft’s default period blank, so it keeps following the review date, and sends only what the form holds', () => {
    const form = reviewDetailsForm(review);
    expect(form).toMatchObject({ review_date: '15/01/2026', period: { start: '', end: '' }, reviewers: 'Ann, Ben' });
    expect(saveDetailsSchema(REVIEW_ID).parse({ ...form, review_date: '20/01/2026' })).toEqual({
      id: REVIEW_ID, review_date: '2026-01-20', period: null, reviewers: ['Ann', 'Ben'], kind: 'self', notes: null,
    });
    const custom = reviewDetailsForm({ ...review, period: { start: '2025-04-01', end: '2025-12-31' } });
    expect(custom.period).toEqual({ start: '01/04/2025', end: '31/12/2025' });
    expect(problems(saveDetailsSchema(REVIEW_ID).safeParse({ ...form, review_date: ' ' }))).toEqual({ review_date: 'Enter the review date as dd/mm/yyyy' });
  });
});

describe('the action and progress note forms', () => {
  it('needs an action and at least one item, and reads the due date as dd/mm/yyyy', () => {
    expect(problems(actionFormSchema.safeParse(actionForm(null, null)))).toEqual({
      items: 'An action must answer at least one item',
      action: 'Action is required',
    });
    expect(actionFormSchema.parse({ ...actionForm(null, 'ips25:4'), action: 'Weekly meetings', due_date: '31/03/2026', owner: ' ' })).toEqual({
      items: ['ips25:4'], action: 'Weekly meetings', owner: null, due_date: '2026-03-31', status: 'not_started',
    });
    expect(problems(actionFormSchema.safeParse({ ...actionForm(null, 'ips25:4'), action: 'x', due_date: '2026-13-01' }))).toEqual({
      due_date: 'Due date must be a real date (dd/mm/yyyy)',
    });
  });

  it('dates a progress note and needs its text', () => {
    expect(progressNoteFormSchema.parse({ date: '01/02/2026', note: 'Diary set up' })).toEqual({ date: '2026-02-01', note: 'Diary set up' });
    expect(problems(progressNoteFormSchema.safeParse({ date: '', note: '' }))).toEqual({ date: 'Progress note date is required', note: 'Progress note is required' });
  });
});
