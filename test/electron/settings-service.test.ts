import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../db/helpers';
import { openRecordsApp } from './records/records-app';

const tempDir = useTempDirs();

describe('settings', () => {
  it('start from set-up and defaults, change one field at a time, and show the new service name at once', async () => {
    const app = await openRecordsApp(tempDir());
    expect(await app.call('settings.get', {})).toEqual({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', teams: [], autoLockMinutes: 10, retentionYears: 6 });
    expect(await app.call('settings.save', { autoLockMinutes: 3, retentionYears: 6 })).toEqual({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', teams: [], autoLockMinutes: 3, retentionYears: 6 });
    await app.call('settings.save', { serviceName: '  Northfield IPS Service ', managerName: 'Ann Jones', teams: [' North CMHT', 'Early Intervention'] });
    expect(await app.call('settings.get', {})).toEqual({ serviceName: 'Northfield IPS Service', managerName: 'Ann Jones', teams: ['North CMHT', 'Early Intervention'], autoLockMinutes: 3, retentionYears: 6 });
    expect(app.vault.status().serviceName).toBe('Northfield IPS Service');
    expect(app.vault.autoLockSeconds()).toBe(180);
    expect(await app.call('settings.save', { retentionYears: 8 })).toMatchObject({ retentionYears: 8 });
    expect(await app.call('settings.get', {})).toMatchObject({ autoLockMinutes: 3, retentionYears: 8 });
    app.close();
  });

  it('refuses a blank service name, an auto-lock outside 1–60 minutes or a retention outside 1–30 years, naming the field, and changes nothing', async () => {
    const app = await openRecordsApp(tempDir());
    expect(await app.fail('settings.save', { serviceName: '   ' })).toMatchObject({ issues: [{ path: ['serviceName'], message: 'Enter the service name' }] });
    expect(await app.fail('settings.save', { autoLockMinutes: 0 })).toMatchObject({ issues: [{ path: ['autoLockMinutes'], message: 'Auto-lock must be at least 1 minute' }] });
    expect(await app.fail('settings.save', { autoLockMinutes: 61 })).toMatchObject({ issues: [{ path: ['autoLockMinutes'] }] });
    expect(await app.fail('settings.save', { autoLockMinutes: 2.5 })).toMatchObject({ issues: [{ path: ['autoLockMinutes'] }] });
    expect(await app.fail('settings.save', { retentionYears: 0 })).toMatchObject({ issues: [{ path: ['retentionYears'], message: 'Retention must be at least 1 year' }] });
    expect(await app.fail('settings.save', { retentionYears: 31 })).toMatchObject({ issues: [{ path: ['retentionYears'], message: 'Retention must be at most 30 years' }] });
    expect(await app.fail('settings.save', { retentionYears: 6.5 })).toMatchObject({ issues: [{ path: ['retentionYears'] }] });
    expect(await app.fail('settings.save', { teams: ['North CMHT', 'north cmht'] })).toMatchObject({ issues: [{ path: ['teams'], message: 'Each team is listed once' }] });
    expect(await app.call('settings.get', {})).toEqual({ serviceName: 'Northfield IPS', managerName: 'Ann Manager', teams: [], autoLockMinutes: 10, retentionYears: 6 });
    app.close();
  });
});
