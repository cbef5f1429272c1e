import { formatUkDate } from '../../dates';
import type { FidelityInstrument, FidelityItem } from '../instrument-types';
import { fidelityItem } from '../instruments';
import { ACTION_STATUS, EVIDENCE_SOURCE, REVIEW_KIND } from '../review';
import type { ReviewComparison } from '../scoring';
import { ACTION_OUTCOME, type ReviewSummary, type StoredAction, type StoredReview, type StoredReviewItem } from '../stored-review';
import { SUGGESTION_DEFINITIONS, suggestedItemIdSchema } from '../suggestion-definitions';
import { describeSuggestionFigure } from '../suggestion-format';
import type { FidelitySuggestions } from '../suggestions';
import { scoreChartSvg } from './chart';
import { anchorId, esc, escLines, listInWords, signed } from './html';

/** The parts of the fidelity report, each a piece of HTML. Every database text goes through esc. */

export const period = (p: { start: string; end: string }) => `${formatUkDate(p.start)} to ${formatUkDate(p.end)}`;

export function factsTable(rows: readonly [string, string][], caption: string): string {
  return `<table class="facts"><caption class="visually-hidden">${esc(caption)}</caption><tbody>${rows
    .map(([label, value]) => `<tr><th scope="row">${esc(label)}</th><td>${value}</td></tr>`)
    .join('')}</tbody></table>`;
}

export function reviewFacts(serviceName: string, review: StoredReview, nextDue: string | null): string {
  const status =
    review.status === 'final'
      ? `Final${review.finalised_at ? `, made final${review.finalised_by ? ` by ${esc(review.finalised_by)}` : ''} on ${formatUkDate(review.finalised_at.slice(0, 10))}` : ''}`
      : 'Draft: not final, scores may still change';
  const rows: [string, string][] = [
    ['Service', esc(serviceName)],
    ['Review date', formatUkDate(review.review_date)],
    ['Period covered', period(review.period)],
    ['Reviewers', review.reviewers.length > 0 ? esc(listInWords(review.reviewers)) : '<span class="unscored">None named yet</span>'],
    ['Kind of review', esc(REVIEW_KIND.labels[review.kind])],
    ['Status', status],
  ];
  if (nextDue) rows.push(['Next review due', formatUkDate(nextDue)]);
  return factsTable(rows, 'About this review');
}

export function scoreBox(summary: ReviewSummary): string {
  const band = summary.band
    ? `<div class="band">${esc(summary.band.label)}</div>`
    : summary.complete
      ? ''
      : `<div class="band none">${summary.items - summary.scored} of ${summary.items} items not scored</div>`;
  return `<div class="scorebox" role="group" aria-label="Total score"><div class="total">${summary.total}</div><div class="out-of">out of ${summary.max}</div>${band}</div>`;
}

function scoreText(item: FidelityItem, score: number | null): string {
  return score === null ? 'not scored' : `${score} of ${item.max}`;
}

/** Totals by section (IPS-25), or item by item for an instrument without sections (Sainsbury C), then the band. */
export function totalsTable(instrument: FidelityInstrument, review: StoredReview, summary: ReviewSummary): string {
  const bySection = summary.sections.length > 0;
  const rows = bySection
    ? summary.sections.map((s) => `<tr><th scope="row">${esc(s.title)}</th><td class="num">${s.subtotal}</td><td class="num">${s.max}</td></tr>`)
    : review.items.map((entry) => {
        const item = fidelityItem(entry.item);
        return `<tr><th scope="row">${item.number}. ${esc(item.shortTitle)}</th><td class="num">${entry.score ?? '<span class="unscored">not scored</span>'}</td><td class="num">${item.max}</td></tr>`;
      });
  const band =
    instrument.bands.length > 0
      ? `<p>Band: <strong>${summary.band ? esc(summary.band.label) : 'none until every item is scored'}</strong>.</p>`
      : '<p>Sainsbury Centre section C has no bands: the total is reported as it is.</p>';
  const scored = summary.complete ? '' : ` (${summary.scored} of ${summary.items} items scored)`;
  return `<table><caption>${bySection ? 'Totals by section' : 'Item scores'}</caption><thead><tr><th scope="col">${bySection ? 'Section' : 'Item'}</th><th scope="col" class="num">Score</th><th scope="col" class="num">Out of</th></tr></thead><tbody>${rows.join('')}</tbody><tfoot><tr><th scope="row">Total${scored}</th><td class="num">${summary.total}</td><td class="num">${summary.max}</td></tr></tfoot></table>${band}`;
}

/** What the data suggested: the suggestion kept with the score, else (no score yet, or none kept) the data now. */
function suggestionText(entry: StoredReviewItem, suggestions: FidelitySuggestions | null): string | null {
  const id = suggestedItemIdSchema.safeParse(entry.item);
  if (!id.success) return null;
  const def = SUGGESTION_DEFINITIONS[id.data];
  const describe = (score: number | null, figure: number | null) =>
    score === null || figure === null
      ? 'None: the records held nothing to work it out from'
      : `${score} (${esc(describeSuggestionFigure(def.unit, figure, def.measure))})`;
  if (entry.suggestion) return `${describe(entry.suggestion.score, entry.suggestion.figure)}<span class="muted">, as the data stood when the score was chosen</span>`;
  const live = suggestions?.suggestions[id.data];
  if (!live) return null;
  return `${describe(live.score, live.figure)}<span class="muted">, from the records as they are now</span>`;
}

function itemBlock(entry: StoredReviewItem, suggestions: FidelitySuggestions | null, headingLevel: 3 | 4): string {
  const item = fidelityItem(entry.item);
  const level = entry.score === null ? null : item.levels.find((l) => l.score === entry.score);
  const sources = entry.sources.map((s) => EVIDENCE_SOURCE.labels[s]);
  const evidenceParts = [
    entry.evidence ? escLines(entry.evidence) : '<span class="muted">No evidence note.</span>',
    sources.length > 0 ? `Sources: ${esc(listInWords(sources))}.` : '',
    entry.not_enough_evidence ? '<strong>The reviewers flagged that there was not enough evidence to be sure of this score.</strong>' : '',
  ].filter(Boolean);
  const suggestion = suggestionText(entry, suggestions);
  const h = `h${headingLevel}`;
  return `<section class="item" aria-labelledby="${anchorId('item', entry.item)}">
<div class="item-head"><${h} id="${anchorId('item', entry.item)}">${item.number}. ${esc(item.title)}</${h}><p class="score">${entry.score === null ? '<span class="unscored">Not scored</span>' : `Score ${esc(scoreText(item, entry.score))}`}</p></div>
<p class="desc">${esc(item.description)}</p>
<dl>
<dt>Level met</dt><dd>${level ? `${level.score}: ${esc(level.text)}` : '<span class="muted">Not scored yet.</span>'}</dd>
<dt>Evidence</dt><dd>${evidenceParts.join('<br>')}</dd>
${suggestion ? `<dt>Data suggestion</dt><dd>${suggestion}</dd>` : ''}
</dl>
</section>`;
}

/** Every item with its score, the level it meets, the evidence and the data's suggestion; IPS-25 by section. */
export function itemsSection(instrument: FidelityInstrument, review: StoredReview, suggestions: FidelitySuggestions | null): string {
  if (instrument.sections.length === 0) return review.items.map((entry) => itemBlock(entry, suggestions, 3)).join('\n');
  return instrument.sections
    .map((section) => {
      const entries = review.items.filter((entry) => fidelityItem(entry.item).section === section.id);
      const numbers = entries.map((e) => fidelityItem(e.item).number);
      return `<h3>${esc(section.title)} (items ${Math.min(...numbers)} to ${Math.max(...numbers)})</h3>\n${entries.map((entry) => itemBlock(entry, suggestions, 4)).join('\n')}`;
    })
    .join('\n');
}

const changeCell = (change: number | null) => `<td class="num">${change === null ? '–' : signed(change)}</td>`;
const valueCell = (value: number | null) => `<td class="num">${value === null ? '–' : value}</td>`;

function bandChangeText(comparison: ReviewComparison): string {
  const { current, previous, direction } = comparison.band;
  if (!current || !previous || !direction) return '';
  if (direction === 'same') return `<p>The band is unchanged: <strong>${esc(current.label)}</strong>.</p>`;
  return `<p>The band has gone ${direction} from <strong>${esc(previous.label)}</strong> to <strong>${esc(current.label)}</strong>.</p>`;
}

/** This review beside the previous final one: totals, sections, band, every item, and a chart of the items. */
export function comparisonSection(instrument: FidelityInstrument, review: StoredReview, previous: StoredReview | null, comparison: ReviewComparison | null): string {
  if (!previous || !comparison) {
    return `<p>There is no earlier final ${esc(instrument.shortTitle)} review on record to compare this one with.</p>`;
  }
  const totals = [
    ...comparison.sections.map((s) => ({ label: instrument.sections.find((d) => d.id === s.section)?.title ?? s.section, ...s })),
    { label: 'Total', ...comparison.total },
  ];
  const totalsRows = totals.map((t) => `<tr><th scope="row">${esc(t.label)}</th>${valueCell(t.previous)}${valueCell(t.current)}${changeCell(t.change)}</tr>`).join('');
  const itemRows = comparison.items
    .map((c) => {
      const item = fidelityItem(c.item);
      return `<tr><th scope="row">${item.number}. ${esc(item.shortTitle)}</th>${valueCell(c.previous)}${valueCell(c.current)}${changeCell(c.change)}</tr>`;
    })
    .join('');
  const previousLabel = `Review of ${formatUkDate(previous.review_date)}`;
  const head = `<thead><tr><th scope="col">%s</th><th scope="col" class="num">${esc(previousLabel)}</th><th scope="col" class="num">This review</th><th scope="col" class="num">Change</th></tr></thead>`;
  const chart = scoreChartSvg(
    comparison.items.map((c) => ({ item: fidelityItem(c.item), current: c.current, previous: c.previous })),
    { current: `This review (${formatUkDate(review.review_date)})`, previous: previousLabel },
  );
  const movedUp = comparison.items.filter((c) => (c.change ?? 0) > 0).length;
  const movedDown = comparison.items.filter((c) => (c.change ?? 0) < 0).length;
  return `<p>Compared with the final review of ${formatUkDate(previous.review_date)} (period ${period(previous.period)}). ${movedUp} item${movedUp === 1 ? '' : 's'} scored higher and ${movedDown} lower.</p>
${bandChangeText(comparison)}
<table><caption>Totals compared</caption>${head.replace('%s', 'Section')}<tbody>${totalsRows}</tbody></table>
<table class="compact"><caption>Items compared</caption>${head.replace('%s', 'Item')}<tbody>${itemRows}</tbody></table>
<figure>${chart}<figcaption>Item scores in this review (blue) and the previous one (grey). The table above gives the same scores.</figcaption></figure>`;
}

/** A table this short is kept on one page rather than leaving its caption or a row or two behind. */
const KEEP_TOGETHER_ROWS = 6;

function itemsOf(action: StoredAction): string {
  return action.items
    .map((id) => fidelityItem(id).number)
    .sort((a, b) => a - b)
    .join(', ');
}

function progressList(action: StoredAction): string {
  if (action.progress.length === 0) return '<span class="muted">None yet</span>';
  return `<ul class="notes">${action.progress.map((n) => `<li>${formatUkDate(n.date)}: ${escLines(n.note)}</li>`).join('')}</ul>`;
}

export function actionPlanTable(actions: readonly StoredAction[], caption: string): string {
  if (actions.length === 0) return '<p>No actions have been recorded for this review.</p>';
  const rows = actions
    .map(
      (a) =>
        `<tr><td class="num">${a.position}</td><td>${escLines(a.action)}</td><td>${esc(itemsOf(a))}</td><td>${esc(a.owner ?? '–')}</td><td>${a.due_date ? formatUkDate(a.due_date) : '–'}</td><td>${esc(ACTION_STATUS.labels[a.status])}</td><td>${progressList(a)}</td></tr>`,
    )
    .join('');
  return `<table class="fixed${actions.length <= KEEP_TOGETHER_ROWS ? ' keep' : ''}"><caption>${esc(caption)}</caption><colgroup><col style="width: 10mm"><col style="width: 44mm"><col style="width: 14mm"><col style="width: 24mm"><col style="width: 23mm"><col style="width: 19mm"><col></colgroup><thead><tr><th scope="col" class="num">No.</th><th scope="col">Action</th><th scope="col">Items</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Progress notes</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The previous review's actions and whether each was achieved (the seed asks for evidence of this). */
export function previousActionsTable(previous: StoredReview, actions: readonly StoredAction[]): string {
  if (actions.length === 0) return `<p>The review of ${formatUkDate(previous.review_date)} recorded no actions.</p>`;
  const achieved = actions.filter((a) => a.status === 'done').length;
  const rows = actions
    .map((a) => {
      const last = a.progress[a.progress.length - 1];
      return `<tr><td>${escLines(a.action)}</td><td>${esc(itemsOf(a))}</td><td>${a.due_date ? formatUkDate(a.due_date) : '–'}</td><td>${esc(ACTION_OUTCOME[a.status])}</td><td>${last ? `${formatUkDate(last.date)}: ${escLines(last.note)}` : '<span class="muted">No progress notes</span>'}</td></tr>`;
    })
    .join('');
  return `<p>${achieved} of ${actions.length} action${actions.length === 1 ? '' : 's'} from the review of ${formatUkDate(previous.review_date)} achieved.</p>
<table class="fixed${actions.length <= KEEP_TOGETHER_ROWS ? ' keep' : ''}"><caption>Actions from the review of ${formatUkDate(previous.review_date)}</caption><colgroup><col style="width: 55mm"><col style="width: 14mm"><col style="width: 24mm"><col style="width: 30mm"><col></colgroup><thead><tr><th scope="col">Action</th><th scope="col">Items</th><th scope="col">Due</th><th scope="col">Outcome</th><th scope="col">Latest progress note</th></tr></thead><tbody>${rows}</tbody></table>`;
}

