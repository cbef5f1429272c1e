import { describe, expect, it } from 'vitest';
import { actionChoices, actionLabel, detailLines, fieldChanges, formatAuditTime, formatAuditValue } from '../../renderer/src/screens/settings/audit/audit-text';

describe('the audit trail in words', () => {
  it('names known actions, builds "<record> <verb>" for the rest, and shows an unknown action as stored', () => {
    expect(actionLabel('client.update')).toBe('Client record changed');
    expect(actionLabel('job.create')).toBe('Job added');
    expect(actionLabel('wellbeing.delete')).toBe('Wellbeing score deleted');
    expect(actionLabel('fidelity_action.note_add')).toBe('Action plan item progress note added');
    expect(actionLabel('vault.unlock_failed')).toBe('Wrong passphrase or recovery key tried');
    expect(actionLabel('deny')).toBe('Refused: not allowed for their role');
    expect(actionLabel('client.erase')).toBe('Client record erased on request');
    expect(actionLabel('retention.anonymise')).toBe('Clients anonymised under the retention rule');
    expect(actionLabel('client.subject_access_export')).toBe('Subject access export of a client record');
    expect(actionLabel('something.new_thing')).toBe('something.new_thing');
    expect(actionLabel('client.frobnicate')).toBe('client.frobnicate');
  });

  it('groups the actions that occur by area, known areas first, each area also choosable as a whole', () => {
    const groups = actionChoices(['zeta.create', 'vault.unlock', 'client.view', 'client.create', 'user.create', 'deny']);
    expect(groups.map((g) => g.area.value)).toEqual(['client', 'user', 'vault', 'deny', 'zeta']);
    expect(groups[0]).toEqual({
      area: { value: 'client', label: 'Client records' },
      actions: [
        { value: 'client.create', label: 'Client record added' },
        { value: 'client.view', label: 'Client record opened' },
      ],
    });
    // An action with no area of its own (deny) is its own area, with nothing under it to repeat it.
    expect(groups.find((g) => g.area.value === 'deny')?.actions).toEqual([]);
    expect(groups.find((g) => g.area.value === 'zeta')?.area.label).toBe('Zeta');
  });

  it('shows field changes both ways, additions and removals, with dates in UK order and blanks said', () => {
    expect(fieldChanges({ referral_date: '2025-04-01', given_name: null }, { referral_date: '2025-05-02', given_name: 'Ann' })).toEqual([
      { field: 'Referral date', before: '01/04/2025', after: '02/05/2025' },
      { field: 'Given name', before: '(blank)', after: 'Ann' },
    ]);
    expect(fieldChanges(null, { name: 'Ben', role: 'viewer' })).toEqual([
      { field: 'Name', before: null, after: 'Ben' },
      { field: 'Role', before: null, after: 'viewer' },
    ]);
    expect(fieldChanges({ name: 'Ben' }, null)).toEqual([{ field: 'Name', before: 'Ben', after: null }]);
    expect(fieldChanges(null, null)).toEqual([]);
    expect(fieldChanges(null, 12)).toEqual([{ field: 'Value', before: null, after: '12' }]);
  });

  it('reads values as people do: yes/no, lists, nested records, long text cut', () => {
    expect(formatAuditValue(true)).toBe('yes');
    expect(formatAuditValue(['esa_wrag', 'pip_dla'])).toBe('esa_wrag, pip_dla');
    expect(formatAuditValue([])).toBe('(none)');
    expect(formatAuditValue(1234.5)).toBe('1,234.5');
    expect(formatAuditValue('x'.repeat(300))).toHaveLength(201);
    expect(formatAuditValue({ method: 'passphrase', userName: 'Sam' })).toBe('method passphrase; user name Sam');
  });

  it('lists details under readable labels', () => {
    expect(detailLines({ serviceName: 'Northshire', droppedUsers: [] })).toEqual([
      { label: 'Service name', value: 'Northshire' },
      { label: 'Dropped users', value: '(none)' },
    ]);
    expect(detailLines(null)).toEqual([]);
    expect(detailLines('sha')).toEqual([{ label: 'Details', value: 'sha' }]);
  });

  it('shows a timestamp in the computer’s time, dd/mm/yyyy, and leaves anything else as stored', () => {
    expect(formatAuditTime('2026-03-31T09:05:07')).toBe('31/03/2026 09:05:07');
    expect(formatAuditTime('not a time')).toBe('not a time');
  });
});
