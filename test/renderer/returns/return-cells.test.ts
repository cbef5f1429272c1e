import { describe, expect, it } from 'vitest';
import { figureChoices } from '../../../shared/returns';
import { formatUkDateTime } from '../../../shared/dates';
import { byCell, figureTitle, filledText, shortSha, withCell, type PreviewValue } from '../../../renderer/src/screens/returns/return-cells';

const value = (where: string, figure: string, origin: PreviewValue['origin'], text: string): PreviewValue => ({ where, figure, origin, text });

describe('filledText', () => {
  it('replaces each token in the text by its value, and leaves tokens it has no value for', () => {
    const values = [value('Return!A4', 'period.label', 'token', '2025-26 Q3'), value('Return!A4', 'as_of', 'token', '15/01/2026')];
    expect(filledText('Period: {{period.label}} as of {{ as_of }} ({{service.name}})', values)).toBe('Period: 2025-26 Q3 as of 15/01/2026 ({{service.name}})');
    expect(filledText('{{job_starts}}', [value('Return!B5', 'job_starts', 'token', '12')])).toBe('12');
  });
  it('shows the value of a named or mapped cell whatever the template wrote there', () => {
    expect(filledText('', [value('Return!B6', 'employment_rate', 'name', '41.5%')])).toBe('41.5%');
    expect(filledText('type here', [value('Return!B4', 'referrals', 'mapping', '30')])).toBe('30');
  });
  it('keeps the template’s text before the preview arrives', () => {
    expect(filledText('{{job_starts}}', undefined)).toBe('{{job_starts}}');
  });
});

describe('helpers', () => {
  it('groups by cell', () => {
    const grouped = byCell([value('A', 'x', 'token', '1'), value('B', 'y', 'token', '2'), value('A', 'z', 'token', '3')]);
    expect(grouped.get('A')!.map((v) => v.figure)).toEqual(['x', 'z']);
  });
  it('names figures by title, or by id when unknown', () => {
    const choices = new Map(figureChoices().map((c) => [c.figure, c]));
    expect(figureTitle(choices, 'job_starts.people')).toBe('Job starts: different people');
    expect(figureTitle(choices, 'engagd')).toBe('engagd');
  });
  it('sets and removes one cell of a mapping without changing the rest', () => {
    const mapping = { 'Return!B4': 'referrals' };
    expect(withCell(mapping, 'Return!B7', 'engaged')).toEqual({ 'Return!B4': 'referrals', 'Return!B7': 'engaged' });
    expect(withCell(mapping, 'Return!B4', null)).toEqual({});
    expect(mapping).toEqual({ 'Return!B4': 'referrals' });
  });
  it('writes times as dd/mm/yyyy HH:mm and shortens hashes', () => {
    expect(formatUkDateTime('2026-01-05T09:07:00')).toBe('05/01/2026 09:07');
    expect(formatUkDateTime('not a time')).toBe('not a time');
    expect(shortSha('a'.repeat(64))).toBe(`${'a'.repeat(12)}…`);
    expect(shortSha(null)).toBe('—');
  });
});
