import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, fidelityReportFileName, fidelityReportHtml, fidelityReportTitle, type FidelitySuggestions } from '../../../shared/fidelity';
import { sampleReportInput, storedReview } from './report-fixtures';

/** The visible text of the document: tags, the style sheet and entities reduced to what a reader sees. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const headings = (html: string) => [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: visibleText(m[2]!).trim() }));

describe('fidelity report HTML', () => {
  it('is one complete, self-contained document: A4 print CSS, British English, no script or outside files', () => {
    const html = fidelityReportHtml(sampleReportInput());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>IPS-25 fidelity review, 15/01/2026: Northfield IPS</title>');
    expect(html).toMatch(/@page \{\s+size: A4;/);
    expect(html).toContain('counter(page)');
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import|javascript:/i);
  });

  it('has headings that make an outline: one h1, then h2 > h3 > h4 without skipping a level, every item once', () => {
    const list = headings(fidelityReportHtml(sampleReportInput()));
    expect(list.filter((h) => h.level === 1)).toHaveLength(1);
    list.reduce((previous, h) => {
      expect(h.level, `"${h.text}" after an h${previous}`).toBeLessThanOrEqual(previous + 1);
      return h.level;
    }, 1);
    expect(list.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      'Scores', 'Item by item', 'Comparison with the previous review', 'Action plan', 'Actions from the previous review', 'Notes',
    ]);
    expect(list.filter((h) => h.level === 3).map((h) => h.text)).toEqual(['Staffing (items 1 to 3)', 'Organisation (items 4 to 11)', 'Services (items 12 to 25)']);
    const items = list.filter((h) => h.level === 4);
    expect(items.map((h) => h.text.split('.')[0])).toEqual(INSTRUMENTS.ips25.items.map((i) => String(i.number)));
    expect(items[14]!.text).toBe('15. Rapid job search');
  });

  it('gives service, period, reviewers, totals and band, each item’s level met, evidence and kept suggestion', () => {
    const text = visibleText(fidelityReportHtml(sampleReportInput()));
    for (const expected of [
      'Service Northfield IPS',
      'Review date 15/01/2026',
      'Period covered 16/01/2025 to 15/01/2026',
      'Reviewers Dana Whitfield, Sam Okafor and Priya Shah',
      'Kind of review Self-review',
      'Status Final, made final by Ann Manager on 20/01/2026',
      'Next review due 15/07/2026',
      '99 out of 125 Fair fidelity',
      'Total 99 125',
      'Band: Fair fidelity .',
      'Level met 4: 31 to 60 days.',
      'Evidence Employer contacts log. Sources: Records.',
      'Data suggestion 4 (41.3 days on average from vocational profile to first face-to-face employer contact) , as the data stood when the score was chosen',
      'Data suggestion 2 (2.4 face-to-face employer contacts per full-time specialist a week)',
      'The reviewers flagged that there was not enough evidence to be sure of this score.',
      'Data suggestion 5 (100% of jobs started (four paid hours confirmed) are competitive)',
      'Evidence Weekly team meeting minutes <checked> & shared record. Sources: Observation and Documents.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('compares with the previous review: sections, total, band, every item, and a chart with the table beside it', () => {
    const html = fidelityReportHtml(sampleReportInput());
    const text = visibleText(html);
    expect(text).toContain('Compared with the final review of 15/07/2025 (period 16/07/2024 to 15/07/2025). 9 items scored higher and 0 lower.');
    expect(text).toContain('The band is unchanged: Fair fidelity .');
    expect(text).toContain('Total 90 99 +9');
    expect(text).toContain('1. Caseload size 3 4 +1');
    expect(html).toMatch(/<svg [^>]*role="img" aria-label="Bar chart of each item's score/);
    expect(html.match(/<rect /g)?.length).toBe(2 + 25 * 2);
  });

  it('lists the action plan with progress notes, and the previous plan with whether each action was achieved', () => {
    const text = visibleText(fidelityReportHtml(sampleReportInput()));
    expect(text).toContain('1 Each specialist books two employer visits a week 17 Sam Okafor 30/04/2026 In progress 10/02/2026: Visits diary set up.');
    expect(text).toContain('2 Weekly in-work support in the first month for every job start 22, 23 Dana Whitfield 31/03/2026 Not started None yet');
    expect(text).toContain('1 of 2 actions from the review of 15/07/2025 achieved.');
    expect(text).toContain('Join the community mental health team’s weekly meeting 5 31/10/2025 Achieved 01/09/2025: Attending since September.');
    expect(text).toContain('Benefits advice sessions with the welfare rights service 12 31/12/2025 Dropped, not achieved No progress notes');
  });

  it('shows dates as dd/mm/yyyy only', () => {
    const text = visibleText(fidelityReportHtml(sampleReportInput()));
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('escapes every text from the database: nothing typed into a review can add markup', () => {
    const input = sampleReportInput();
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    input.serviceName = `Evil </title><script>x</script> "IPS"`;
    input.review = { ...input.review, reviewers: [hostile], notes: hostile };
    input.review.items = input.review.items.map((i) => ({ ...i, evidence: hostile }));
    input.actions = input.actions.map((a) => ({ ...a, action: hostile, owner: hostile, progress: [{ id: 'n', date: '2026-01-01', note: hostile }] }));
    const html = fidelityReportHtml(input);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(2\)>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The footer text in the page margin is a CSS string: nothing in it can end the string or the style sheet.
    expect(html).toContain('content: "Evil \\3c /title\\3e \\3c script\\3e x\\3c /script\\3e  \\22 IPS\\22 : IPS-25 review of 15/01/2026";');
    input.serviceName = 'North </style><script>alert(3)</script>';
    expect(fidelityReportHtml(input)).not.toMatch(/<script|<\/style><script/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('marks a draft as not final, names unscored items and shows the data now where no suggestion was kept', () => {
    const review = storedReview('sainsbury_c', [4, null, null, 5, 2, 4, 2, 1], { status: 'draft', finalised_at: null, finalised_by: null });
    const suggestions = {
      period: { start: '2025-01-16', end: '2026-01-15', as_of: '2026-01-15' },
      suggestions: {
        'sainsbury:2': { item: 'sainsbury:2', score: 3, figure: 0.5714, unit: 'share', numerator: 4, denominator: 7, records: { clients: [], jobs: [], staff: [], leftOutJobs: [], nonCompetitiveJobs: [] }, rule: '' },
        'sainsbury:3': { item: 'sainsbury:3', score: null, figure: null, unit: 'days', numerator: 0, denominator: 0, records: { clients: [], jobs: [], staff: [], leftOutJobs: [], nonCompetitiveJobs: [] }, rule: '' },
      },
    } as unknown as FidelitySuggestions;
    const html = fidelityReportHtml({ serviceName: 'Northfield IPS', review, actions: [], suggestions, previous: null, generatedOn: '2026-01-15' });
    const text = visibleText(html);
    expect(html).toContain('@top-center { content: "DRAFT: NOT FINAL"');
    expect(text).toContain('Draft: this review is not final.');
    expect(text).toContain('18 out of 36 2 of 8 items not scored');
    expect(text).toContain('Total (6 of 8 items scored) 18 36');
    expect(text).toContain('3. Active job search within 4 weeks not scored 5');
    expect(text).toContain('Data suggestion 3 (57.1% of employer contacts (marked yes or no) followed the client’s preferences) , from the records as they are now');
    expect(text).toContain('Data suggestion None: the records held nothing to work it out from , from the records as they are now');
    expect(text).toContain('There is no earlier final Sainsbury Centre C review on record to compare this one with.');
    expect(text).toContain('No actions have been recorded for this review.');
    expect(text).toContain('Sainsbury Centre section C has no bands');
    expect(text).not.toContain('Next review due');
  });

  it('names the document and its files by instrument, date and status', () => {
    const review = storedReview('sainsbury_c', []);
    expect(fidelityReportTitle(review, 'Northfield IPS')).toBe('Sainsbury Centre C fidelity review, 15/01/2026: Northfield IPS');
    expect(fidelityReportFileName(review, 'pdf')).toBe('fidelity-review-sainsbury-c-2026-01-15.pdf');
    expect(fidelityReportFileName({ ...review, instrument: 'ips25', status: 'draft' }, 'xlsx')).toBe('fidelity-review-ips25-2026-01-15-draft.xlsx');
  });
});
