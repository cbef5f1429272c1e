import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channels } from '../../shared/ipc/contract';
import { staffSchema } from '../../shared/records';
import { formSchema, messageForForm } from '../../renderer/src/forms/form-schema';
import { confirmationChecks } from '../../renderer/src/forms/passphrase-confirmation';

type Staff = { name: string; fte: string; start: string };
const staffForm = formSchema(staffSchema, (form: Staff) => ({ name: form.name, fte: form.fte.trim() ? Number(form.fte) : null, start_date: form.start || null }));

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.map(String).join('.'), issue.message]));
}

describe('formSchema', () => {
  it('hands on what the shared schema makes of the converted form', () => {
    expect(staffForm.parse({ name: ' Jo ', fte: '0.5', start: '2025-04-01' })).toEqual({ name: 'Jo', fte: 0.5, start_date: '2025-04-01', end_date: null });
  });

  it('reports every problem of the shared schema at once, dates in the form people type', () => {
    expect(problems(staffForm.safeParse({ name: '', fte: '1.5', start: '31/02/2025' }))).toEqual({
      name: 'Name is required',
      fte: 'FTE must be at most 1 (full time)',
      start_date: 'Start date must be a real date (dd/mm/yyyy)',
    });
  });

  it("adds the form's own checks, and a field it flags keeps that one message", () => {
    type Setup = { serviceName: string; managerName: string; passphrase: string; confirmPassphrase: string };
    const setup = formSchema(
      channels['vault.setup'].input,
      ({ serviceName, managerName, passphrase }: Setup) => ({ serviceName, managerName, passphrase }),
      (form) => ({ ...confirmationChecks(form.passphrase, form.confirmPassphrase, 'Enter the passphrase again'), managerName: form.managerName === 'x' ? 'Not x' : undefined }),
    );
    const good = { serviceName: 'Northshire IPS', managerName: 'Sam', passphrase: 'kettle orbit meadow', confirmPassphrase: 'kettle orbit meadow' };
    expect(setup.parse(good)).toEqual({ serviceName: 'Northshire IPS', managerName: 'Sam', passphrase: 'kettle orbit meadow' });
    expect(problems(setup.safeParse({ ...good, confirmPassphrase: 'kettle orbit meadoe' }))).toEqual({ confirmPassphrase: 'The passphrases do not match' });
    expect(problems(setup.safeParse({ serviceName: '', managerName: 'x', passphrase: 'short', confirmPassphrase: '' }))).toEqual({
      serviceName: 'Enter the service name',
      managerName: 'Not x',
      passphrase: 'Passphrase must be at least 12 characters',
      confirmPassphrase: 'Enter the passphrase again',
    });
  });

  it('drops the target’s messages about the parts of a field the form flags (a list typed in one box)', () => {
    const names = formSchema(
      z.object({ names: z.array(z.string().max(3, 'Too long')) }),
      (form: { names: string }) => ({ names: form.names.split(',') }),
      (form) => ({ names: form.names.split(',').some((n) => n.length > 3) ? 'One name is too long' : undefined }),
    );
    expect(problems(names.safeParse({ names: 'Ann,Benedict,Carl,Dorothy' }))).toEqual({ names: 'One name is too long' });
    expect(names.parse({ names: 'Ann,Ben' })).toEqual({ names: ['Ann', 'Ben'] });
  });

  it('rewrites ISO date hints for people', () => {
    expect(messageForForm('End date must be a real date (YYYY-MM-DD)')).toBe('End date must be a real date (dd/mm/yyyy)');
  });
});
