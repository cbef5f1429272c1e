import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_CLIENTS, isDemoClientId } from '../../../electron/services/demo';
import { CASELOAD_STATUS } from '../../../shared/caseload';
import { useTempDirs } from '../../db/helpers';
import { openRecordsApp } from './records-app';

const tempDir = useTempDirs();

describe('demo.load', () => {
  it('fills an empty database with a made-up caseload that shows every status, once', async () => {
    const app = await openRecordsApp(tempDir());
    expect(await app.call('demo.load', {})).toEqual({ clients: DEFAULT_DEMO_CLIENTS });
    const { rows } = await app.call('clients.list', {});
    expect(rows).toHaveLength(DEFAULT_DEMO_CLIENTS);
    expect(rows.every((r) => isDemoClientId(r.client_id))).toBe(true);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(CASELOAD_STATUS));
    const counts = app.rowCounts();
    expect(counts.jobs).toBeGreaterThan(50);
    expect(counts.contacts).toBeGreaterThan(1000);
    expect(counts.staff).toBeGreaterThan(0);
    expect(app.auditActions().at(-1)).toBe('records.demo_load');

    const again = await app.fail('demo.load', {});
    expect(again).toMatchObject({ code: 'conflict', message: expect.stringContaining('only goes into an empty database') });
    expect(app.rowCounts()).toEqual(counts);
    app.close();
  });

  it('refuses a database that already has staff, so made-up people never mix with real ones', async () => {
    const app = await openRecordsApp(tempDir());
    await app.call('staff.save', { staff: { name: 'Priya Shah' } });
    expect((await app.fail('demo.load', {})).code).toBe('conflict');
    expect(app.rowCounts()).toMatchObject({ clients: 0, staff: 1 });
    app.close();
  });
});
