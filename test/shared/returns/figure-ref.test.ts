import { describe, expect, it } from 'vitest';
import {
  allClientColumnRefs, allFigureRefs, figureRefText, findTokens, isWholeCellToken, parseCellTokens, parseFigureRef,
} from '../../../shared/returns';
import { METRIC_IDS } from '../../../shared/outcomes';

const parsed = (text: string) => {
  const r = parseFigureRef(text);
  if (!r.ok) throw new Error(r.message);
  return r.ref;
};
const message = (text: string) => {
  const r = parseFigureRef(text);
  if (r.ok) throw new Error(`${text} parsed`);
  return r.message;
};

describe('parseFigureRef: the token grammar', () => {
  it('reads every metric id as its value', () => {
    for (const id of METRIC_IDS) expect(parsed(id)).toEqual({ kind: 'metric', metric: id, field: 'value' });
  });

  it('reads the fields each kind of metric has, and refuses the others', () => {
    expect(parsed('job_starts.people')).toEqual({ kind: 'metric', metric: 'job_starts', field: 'people' });
    expect(parsed('sustainment_rate_13w.numerator')).toEqual({ kind: 'metric', metric: 'sustainment_rate_13w', field: 'numerator' });
    expect(parsed('employment_rate.denominator')).toEqual({ kind: 'metric', metric: 'employment_rate', field: 'denominator' });
    expect(message('job_starts.numerator')).toBe('"job_starts" has no field "numerator"');
    expect(message('employment_rate.people')).toBe('"employment_rate" has no field "people"');
    expect(message('job_starts.people.extra')).toBe('"job_starts" has no field "people.extra"');
  });

  it('reads breakdown keys in the engine spelling, matching codes in any case', () => {
    expect(parsed('intake_gender.breakdown.female')).toEqual({ kind: 'breakdown', metric: 'intake_gender', key: 'female' });
    expect(parsed('intake_ethnicity.breakdown.a')).toEqual({ kind: 'breakdown', metric: 'intake_ethnicity', key: 'A' });
    expect(parsed('intake_employment_status.breakdown.zz')).toEqual({ kind: 'breakdown', metric: 'intake_employment_status', key: 'ZZ' });
    expect(parsed('intake_age_band.breakdown.16-35')).toEqual({ kind: 'breakdown', metric: 'intake_age_band', key: '16-35' });
    expect(parsed('days_to_first_employer_contact.breakdown.median').kind).toBe('breakdown');
    // Per-specialist breakdowns take any name, dots and spaces included.
    expect(parsed('caseload_per_fte.breakdown.Dr. A Smith')).toEqual({ kind: 'breakdown', metric: 'caseload_per_fte', key: 'Dr. A Smith' });
    expect(message('intake_gender.breakdown.robot')).toContain('"intake_gender" has no breakdown "robot" (it has male, female, other_or_not_said, unknown)');
    expect(message('job_starts.breakdown.x')).toBe('"job_starts" has no breakdown');
  });

  it('reads the period, as-of, service, section A, section C and client namespaces', () => {
    expect(parsed('period.label')).toEqual({ kind: 'period', field: 'label' });
    expect(parsed('PERIOD.Start')).toEqual({ kind: 'period', field: 'start' });
    expect(parsed('as_of')).toEqual({ kind: 'as_of' });
    expect(parsed('service.manager')).toEqual({ kind: 'service', field: 'manager' });
    expect(parsed('sainsbury_a.7')).toEqual({ kind: 'hand_entered', key: 'a7', field: 'value' });
    expect(parsed('sainsbury_a.13.source')).toEqual({ kind: 'hand_entered', key: 'a13', field: 'source' });
    expect(parsed('new_recruits_declaring_mh.year')).toEqual({ kind: 'hand_entered', key: 'new_recruits_declaring_mh', field: 'year' });
    expect(parsed('sainsbury_c.8')).toEqual({ kind: 'sainsbury_c_item', item: 8 });
    expect(parsed('sainsbury_c.review_date')).toEqual({ kind: 'sainsbury_c', field: 'review_date' });
    expect(parsed('client.referral_date')).toEqual({ kind: 'client_column', column: 'client.referral_date' });
    expect(parsed('job.start_date')).toEqual({ kind: 'client_column', column: 'job.start_date' });
    expect(message('sainsbury_a.14')).toBe('"sainsbury_a" items are numbered 1 to 13');
    expect(message('sainsbury_a.01')).toBe('"sainsbury_a" items are numbered 1 to 13');
    expect(message('sainsbury_c.9')).toContain('items 1 to 8');
    expect(message('period.middle')).toBe('"period" has the fields label, start and end');
    expect(message('client.shoe_size')).toBe('"client" has no column "shoe_size"');
    expect(message('engagd')).toBe('unknown figure "engagd"');
    expect(message('  ')).toBe('the token is empty');
    expect(message('job_starts.')).toBe('"job_starts." has an empty part');
  });

  it('lists every reference once, each reading back to itself', () => {
    const texts = allFigureRefs().map(figureRefText);
    expect(new Set(texts).size).toBe(texts.length);
    for (const ref of [...allFigureRefs(), ...allClientColumnRefs()]) expect(parsed(figureRefText(ref))).toEqual(ref);
    expect(texts).toEqual(expect.arrayContaining(['job_starts.people', 'sainsbury_a.1.source', 'sainsbury_c.total', 'intake_gender.breakdown.unknown', 'as_of']));
  });
});

describe('tokens in cell text', () => {
  it('finds tokens with spaces inside the braces, and ignores lone or nested braces', () => {
    expect(findTokens('Period: {{ period.label }} to {{period.end}}')).toEqual([
      { start: 8, end: 26, inner: 'period.label' },
      { start: 30, end: 44, inner: 'period.end' },
    ]);
    expect(findTokens('a { b } {{ c {{d}}')).toEqual([{ start: 13, end: 18, inner: 'd' }]);
    expect(findTokens('no tokens')).toEqual([]);
  });

  it('tells a whole-cell token (a typed value) from tokens inside text', () => {
    expect(isWholeCellToken(' {{job_starts}} ', findTokens(' {{job_starts}} '))).toBe(true);
    expect(isWholeCellToken('{{job_starts}} jobs', findTokens('{{job_starts}} jobs'))).toBe(false);
    expect(isWholeCellToken('{{a}}{{b}}', findTokens('{{a}}{{b}}'))).toBe(false);
  });

  it('parses a cell: good tokens, bad tokens with their message, the client-row marker apart', () => {
    expect(parseCellTokens('plain')).toBeNull();
    const bad = parseCellTokens('{{engagd}} and {{job_starts}}');
    expect(bad).toEqual({ ok: false, bad: [{ start: 0, end: 10, inner: 'engagd', message: 'unknown figure "engagd"' }] });
    const marker = parseCellTokens('{{#clients}}{{client.pseudonym}}');
    expect(marker).toMatchObject({ ok: true, marker: { start: 0, end: 12 }, tokens: [{ ref: { kind: 'client_column', column: 'client.pseudonym' } }] });
    expect(parseCellTokens('x {{#clients}}')).toMatchObject({ ok: false, bad: [{ message: expect.stringContaining('must come first') }] });
  });
});
