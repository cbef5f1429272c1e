import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { HAND_ENTERED_ITEMS } from '../../shared/sainsbury-a';
import { entriesFrom, figuresFormSchema, formFrom } from '../../renderer/src/screens/reports/hand-entered-form-model';

const indexOf = (key: string) => HAND_ENTERED_ITEMS.findIndex((item) => item.key === key);

describe('hand-entered figures form', () => {
  it('holds one draft per item in form order, and turns them back into entries', () => {
    const form = formFrom([{ key: 'a1', value: 74.5, source: 'APS', year: '2024' }, { key: 'a11', value: 'partly', source: 'Guidance', year: null }]);
    expect(form.items).toHaveLength(HAND_ENTERED_ITEMS.length);
    expect(form.items[indexOf('a1')]).toEqual({ value: '74.5', source: 'APS', year: '2024' });
    expect(form.items[indexOf('a2')]).toEqual({ value: '', source: '', year: '' });
    const entries = entriesFrom({ items: form.items.map((item, i) => (i === indexOf('a2') ? { ...item, value: '12%' } : item)) });
    expect(entries[indexOf('a1')]).toEqual({ key: 'a1', value: 74.5, source: 'APS', year: '2024' });
    expect(entries[indexOf('a2')]).toMatchObject({ key: 'a2', value: 12 });
    expect(entries[indexOf('a11')]).toMatchObject({ key: 'a11', value: 'partly' });
  });

  it("puts the shared schema's problems at the item's own field", async () => {
    const form = formFrom([]);
    form.items[indexOf('a1')] = { value: '150', source: '', year: '' };
    form.items[indexOf('a3')] = { value: 'lots', source: 'LFS', year: '' };
    const result = await zodResolver(figuresFormSchema('2025-26'))(form, undefined, { fields: {}, shouldUseNativeValidation: false });
    const errors = result.errors as { items?: Record<number, Record<string, { message?: string }>> };
    expect(errors.items?.[indexOf('a1')]?.value?.message).toBe('Item A1 is a percentage: enter a number from 0 to 100');
    expect(errors.items?.[indexOf('a1')]?.source?.message).toBe('Item A1: say where the figure comes from (source)');
    expect(errors.items?.[indexOf('a3')]?.value?.message).toBe('Item A3 is a percentage: enter a number from 0 to 100');
  });
});
