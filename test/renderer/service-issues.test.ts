import { describe, expect, it } from 'vitest';
import type { IpcError } from '../../shared/ipc/result';
import { countFieldErrors, placeServiceIssues, summaryFor } from '../../renderer/src/forms/service-issues';

/** The two things placeServiceIssues uses of a react-hook-form form, recorded. */
function fakeForm(values: Record<string, unknown>) {
  const set: { name: string; message: string | undefined; focus: boolean | undefined }[] = [];
  return {
    set,
    form: {
      getValues: () => values,
      setError: (name: string, error: { message?: string }, options?: { shouldFocus?: boolean }) => {
        set.push({ name, message: error.message, focus: options?.shouldFocus });
      },
    },
  };
}

describe('placeServiceIssues', () => {
  it('puts each issue beside the field it names, after the key the call nests the form under', () => {
    const { form, set } = fakeForm({ client_id: 'NS-0001', referral_date: '01/04/2025' });
    const error: IpcError = {
      code: 'conflict',
      message: 'client.client_id: Client ID "NS-0001" is already used by another client',
      issues: [
        { path: ['client', 'client_id'], message: 'Client ID "NS-0001" is already used by another client' },
        { path: ['client', 'client_id'], message: 'A second message for the same field' },
        { path: ['client', 'referral_date'], message: 'Referral date must be a real date (YYYY-MM-DD)' },
      ],
    };
    expect(placeServiceIssues(error, form as never, 'client')).toBe('There are problems: see the highlighted fields.');
    expect(set).toEqual([
      { name: 'client_id', message: 'Client ID "NS-0001" is already used by another client', focus: true },
      { name: 'referral_date', message: 'Referral date must be a real date (dd/mm/yyyy)', focus: false },
    ]);
  });

  it('reaches nested fields such as one item of a list', () => {
    const { form, set } = fakeForm({ items: [{ value: '', source: '' }, { value: '150', source: '' }] });
    const error: IpcError = { code: 'invalid_input', message: 'items.1.value: …', issues: [{ path: ['items', 1, 'value'], message: 'Item A2 is a percentage' }] };
    expect(placeServiceIssues(error, form as never)).toBe('There is a problem: see the highlighted field.');
    expect(set).toEqual([{ name: 'items.1.value', message: 'Item A2 is a percentage', focus: true }]);
  });

  it("keeps the service's own message when an issue names no field of the form", () => {
    const { form, set } = fakeForm({ client_id: '' });
    const error: IpcError = {
      code: 'conflict',
      message: 'Discharge NS-0001 first',
      issues: [
        { path: ['client', 'client_id'], message: 'Taken' },
        { path: ['previous_episode_id'], message: 'Discharge NS-0001 first' },
      ],
    };
    expect(placeServiceIssues(error, form as never, 'client')).toBe('Discharge NS-0001 first');
    expect(set.map((s) => s.name)).toEqual(['client_id']);
    expect(placeServiceIssues({ code: 'wrong_passphrase', message: 'That passphrase is not right' }, form as never)).toBe('That passphrase is not right');
  });
});

describe('form-level summary', () => {
  it('counts fields with a message however deeply nested', () => {
    expect(countFieldErrors({ name: { message: 'x', type: 'custom' }, items: [undefined, { value: { message: 'y' }, source: { message: 'z' } }] })).toBe(3);
    expect(summaryFor(1)).toBe('There is a problem: see the highlighted field.');
    expect(summaryFor(3)).toBe('There are problems: see the highlighted fields.');
  });
});
