import { formatUkDate, parseUkDate } from '../../../../shared/dates';
import { defaultReviewPeriod, type InstrumentId, type ReviewKind, type StoredReview } from '../../../../shared/fidelity';
import { fidelityChannels } from '../../../../shared/ipc/fidelity';
import { formSchema, type FormChecks } from '../../forms/form-schema';
import { parseReviewers } from './fidelity-format';

/**
 * The details of a review as the form holds them (dates as typed, dd/mm/yyyy; reviewers in one box) and
 * their conversion to the input of `fidelity.create` or `fidelity.saveDetails`, whose schemas judge them.
 */
export type ReviewDetailsForm = {
  instrument: InstrumentId;
  review_date: string;
  /** Both blank: the 12 months up to the review date. */
  period: { start: string; end: string };
  reviewers: string;
  kind: ReviewKind;
  notes: string;
};

const createInput = fidelityChannels['fidelity.create'].input;
const saveInput = fidelityChannels['fidelity.saveDetails'].input;

/** Blank → null; a real dd/mm/yyyy → ISO; anything else as typed, so the schema names the field in its refusal. */
function dateInput(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : (parseUkDate(t) ?? t);
}

function periodInput(period: ReviewDetailsForm['period']): { start: string | null; end: string | null } | null {
  return period.start.trim() === '' && period.end.trim() === '' ? null : { start: dateInput(period.start), end: dateInput(period.end) };
}

/** The reviewer names are checked one by one by the channel's own rule; the box shows the first problem. */
function reviewerChecks(form: ReviewDetailsForm): FormChecks {
  const parsed = createInput.shape.reviewers.safeParse(parseReviewers(form.reviewers));
  return parsed.success ? {} : { reviewers: parsed.error.issues[0]?.message };
}

export function newReviewForm(instrument: InstrumentId): ReviewDetailsForm {
  return { instrument, review_date: '', period: { start: '', end: '' }, reviewers: '', kind: 'self', notes: '' };
}

/** A draft's details as the form shows them; a period still at its default shows blank, so it follows the date. */
export function reviewDetailsForm(review: StoredReview): ReviewDetailsForm {
  const isDefault = JSON.stringify(review.period) === JSON.stringify(defaultReviewPeriod(review.review_date));
  return {
    instrument: review.instrument,
    review_date: formatUkDate(review.review_date),
    period: isDefault ? { start: '', end: '' } : { start: formatUkDate(review.period.start), end: formatUkDate(review.period.end) },
    reviewers: review.reviewers.join(', '),
    kind: review.kind,
    notes: review.notes ?? '',
  };
}

export const createReviewSchema = formSchema(
  createInput,
  (form: ReviewDetailsForm) => ({
    instrument: form.instrument,
    review_date: dateInput(form.review_date),
    period: periodInput(form.period),
    reviewers: parseReviewers(form.reviewers),
    kind: form.kind,
    notes: form.notes.trim() === '' ? null : form.notes,
  }),
  reviewerChecks,
);

export function saveDetailsSchema(id: string) {
  return formSchema(
    saveInput,
    (form: ReviewDetailsForm) => ({
      id,
      review_date: dateInput(form.review_date) ?? undefined,
      period: periodInput(form.period),
      reviewers: parseReviewers(form.reviewers),
      kind: form.kind,
      notes: form.notes.trim() === '' ? null : form.notes,
    }),
    (form) => ({ ...reviewerChecks(form), ...(form.review_date.trim() === '' ? { review_date: 'Enter the review date as dd/mm/yyyy' } : {}) }),
  );
}
