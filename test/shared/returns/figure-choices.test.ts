import { describe, expect, it } from 'vitest';
import { allFigureRefs, figureChoices, figureRefText, parseFigureRef, searchFigureChoices } from '../../../shared/returns';

describe('the figure picker’s list', () => {
  const choices = figureChoices();

  it('offers every figure a template may use, once, each with a title, its rule and a group', () => {
    expect(choices.map((c) => c.figure)).toEqual(allFigureRefs().map(figureRefText));
    expect(new Set(choices.map((c) => c.figure)).size).toBe(choices.length);
    for (const c of choices) {
      expect(parseFigureRef(c.figure)).toMatchObject({ ok: true });
      expect({ figure: c.figure, title: c.title.length > 3, rule: c.rule.length > 10, group: c.group.length > 3 }).toEqual({ figure: c.figure, title: true, rule: true, group: true });
    }
  });

  it('words figures as the seeds do, and shows the metric’s own rule', () => {
    const by = (figure: string) => choices.find((c) => c.figure === figure)!;
    expect(by('job_starts.people')).toMatchObject({ title: 'Job starts: different people', group: 'Key outcomes (IPS Grow standard data set)' });
    expect(by('job_starts').rule).toBe(by('job_starts.people').rule);
    expect(by('intake_gender.breakdown.female').title).toMatch(/: Female$/);
    expect(by('intake_ethnicity.breakdown.unknown').title).toMatch(/: Not recorded$/);
    expect(by('sainsbury_a.4').title).toMatch(/^A4: % of local population whose qualifications/);
    expect(by('sainsbury_c.3').title).toMatch(/^C3: /);
    expect(by('period.label').group).toBe('The return itself');
  });

  it('finds figures by every word typed, in any case', () => {
    const found = searchFigureChoices(choices, 'SUSTAINED 13');
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((c) => /13/.test(c.figure + c.title) && /sustain/i.test(c.figure + c.title + c.group))).toBe(true);
    expect(searchFigureChoices(choices, '  ')).toHaveLength(choices.length);
    expect(searchFigureChoices(choices, 'no such figure at all')).toEqual([]);
  });
});
