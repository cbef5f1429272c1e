import { INSTRUMENTS, type InstrumentId, type StoredAction, type StoredReview } from '../../../shared/fidelity';
import type { FidelityReportInput } from '../../../shared/fidelity/report-html';

/** Stored reviews and actions for report tests, shaped as the database layer returns them. */

export function storedReview(instrument: InstrumentId, scores: readonly (number | null)[], overrides: Partial<StoredReview> = {}): StoredReview {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    instrument,
    review_date: '2026-01-15',
    period: { start: '2025-01-16', end: '2026-01-15' },
    reviewers: ['Dana Whitfield', 'Sam Okafor'],
    kind: 'self',
    status: 'final',
    notes: null,
    items: INSTRUMENTS[instrument].items.map((item, i) => ({
      item: item.id,
      score: scores[i] ?? null,
      evidence: null,
      sources: [],
      not_enough_evidence: false,
      suggestion: null,
    })),
    finalised_at: '2026-01-20T10:30:00.000Z',
    finalised_by: 'Ann Manager',
    copied_from: null,
    created_at: '2026-01-10T09:00:00.000Z',
    updated_at: '2026-01-20T10:30:00.000Z',
    ...overrides,
  };
}

export function action(position: number, overrides: Partial<StoredAction> = {}): StoredAction {
  return {
    id: `00000000-0000-4000-8000-00000000010${position}`,
    review_id: '00000000-0000-4000-8000-000000000001',
    position,
    items: ['ips25:17'],
    action: 'Each specialist books two employer visits a week',
    owner: 'Sam Okafor',
    due_date: '2026-04-30',
    status: 'in_progress',
    progress: [],
    ...overrides,
  };
}

/** An IPS-25 review of 15/01/2026 (total 99, fair) with evidence and suggestions, beside one of 15/07/2025 (total 90). */
export function sampleReportInput(): FidelityReportInput {
  const scores = [4, 5, 5, 4, 4, 3, 5, 4, 5, 4, 3, 4, 4, 4, 4, 4, 2, 3, 5, 5, 5, 4, 3, 3, 3];
  const review = storedReview('ips25', scores, {
    reviewers: ['Dana Whitfield', 'Sam Okafor', 'Priya Shah'],
    notes: 'Reviewed with the trust’s IPS lead.\nNext review planned for July.',
  });
  review.items = review.items.map((entry) => {
    if (entry.item === 'ips25:1') return { ...entry, evidence: 'Caseload list of 15/01/2026; staff rota.', sources: ['records', 'documents'], suggestion: { score: 4, figure: 22.4 } };
    if (entry.item === 'ips25:15') return { ...entry, evidence: 'Employer contacts log.', sources: ['records'], suggestion: { score: 4, figure: 41.25 } };
    if (entry.item === 'ips25:17') return { ...entry, evidence: 'Fewer visits while a post was vacant.', sources: ['records', 'interviews'], not_enough_evidence: true, suggestion: { score: 2, figure: 2.4 } };
    if (entry.item === 'ips25:21') return { ...entry, suggestion: { score: 5, figure: 1 } };
    if (entry.item === 'ips25:5') return { ...entry, evidence: 'Weekly team meeting minutes <checked> & shared record.', sources: ['observation', 'documents'] };
    return entry;
  });
  const previousScores = [3, 5, 4, 4, 3, 3, 4, 4, 5, 3, 3, 4, 4, 3, 3, 4, 2, 3, 4, 5, 5, 3, 3, 3, 3];
  const previous = storedReview('ips25', previousScores, {
    id: '00000000-0000-4000-8000-000000000002',
    review_date: '2025-07-15',
    period: { start: '2024-07-16', end: '2025-07-15' },
    finalised_at: '2025-07-20T10:00:00.000Z',
  });
  return {
    serviceName: 'Northfield IPS',
    review,
    actions: [
      action(1, { progress: [{ id: '00000000-0000-4000-8000-000000000201', date: '2026-02-10', note: 'Visits diary set up.' }] }),
      action(2, { items: ['ips25:23', 'ips25:22'], action: 'Weekly in-work support in the first month for every job start', owner: 'Dana Whitfield', due_date: '2026-03-31', status: 'not_started' }),
    ],
    suggestions: null,
    previous: {
      review: previous,
      actions: [
        action(1, { review_id: previous.id, action: 'Join the community mental health team’s weekly meeting', items: ['ips25:5'], due_date: '2025-10-31', status: 'done', progress: [{ id: '00000000-0000-4000-8000-000000000202', date: '2025-09-01', note: 'Attending since September.' }] }),
        action(2, { review_id: previous.id, action: 'Benefits advice sessions with the welfare rights service', items: ['ips25:12'], due_date: '2025-12-31', status: 'dropped' }),
      ],
    },
    generatedOn: '2026-01-21',
  };
}
