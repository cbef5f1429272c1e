import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { fieldErrorsFrom, formMessageFor, validateWith } from '../../renderer/src/forms/field-errors';

describe('field errors', () => {
  it('keeps the first message for each top-level field', () => {
    expect(
      fieldErrorsFrom([
        { path: ['passphrase'], message: 'Too short' },
        { path: ['passphrase'], message: 'Second' },
        { path: ['user', 0], message: 'Enter a name' },
      ]),
    ).toEqual({ passphrase: 'Too short', user: 'Enter a name' });
  });

  it('validates with the contract schema and names every bad field', () => {
    const errors = validateWith(channels['vault.setup'].input, { serviceName: ' ', managerName: '', passphrase: 'short' });
    expect(errors.serviceName).toBe('Enter the service name');
    expect(errors.managerName).toBe('Enter a name');
    expect(errors.passphrase).toBe('Passphrase must be at least 12 characters');
  });

  it('summarises when every issue sits beside a field, and keeps the message otherwise', () => {
    const placed = { code: 'invalid_input' as const, message: 'passphrase: Too short', issues: [{ path: ['passphrase'], message: 'Too short' }] };
    expect(formMessageFor(placed, ['passphrase'])).toBe('There is a problem: see the highlighted field.');
    expect(formMessageFor(placed, ['user'])).toBe('passphrase: Too short');
    expect(formMessageFor({ code: 'wrong_passphrase', message: 'Wrong passphrase' }, ['passphrase'])).toBe('Wrong passphrase');
  });
});
