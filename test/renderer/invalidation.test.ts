import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import { INVALIDATES, QUERY_CHANNELS, type QueryChannel } from '../../renderer/src/data/invalidation';
import { invalidateAfter, ipcQueryKey } from '../../renderer/src/data/ipc-query';

const readsAfter = (channel: keyof typeof INVALIDATES): readonly QueryChannel[] => INVALIDATES[channel];

describe('what each write invalidates', () => {
  it('classes every channel once: a cached read, or a call listed in the table', () => {
    const listed = [...QUERY_CHANNELS, ...Object.keys(INVALIDATES)];
    expect([...listed].sort()).toEqual([...channelNames].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('every change to a client record reaches the record page and the figures', () => {
    const recordWrites = Object.keys(INVALIDATES).filter((name) => /^clients\.(create|update|discharge|reopen)$|^(jobs|contacts|activities|wellbeing)\./.test(name));
    expect(recordWrites).toHaveLength(12);
    for (const write of recordWrites) {
      expect(readsAfter(write as keyof typeof INVALIDATES), write).toEqual(expect.arrayContaining(['clients.get', 'reports.run', 'reports.trend', 'reports.explainClient', 'reports.dataQuality']));
    }
    // What the caseload list shows: status, current job, last contact.
    for (const write of ['clients.create', 'clients.update', 'clients.discharge', 'jobs.save', 'jobs.delete', 'contacts.save', 'contacts.delete'] as const) {
      expect(readsAfter(write), write).toContain('clients.list');
    }
    expect(readsAfter('contacts.save')).toContain('contacts.listEmployer');
    expect(readsAfter('handEntered.save')).toEqual(expect.arrayContaining(['handEntered.get', 'reports.run']));
    expect(readsAfter('staff.save')).toEqual(expect.arrayContaining(['staff.list', 'reports.run']));
    // Who may unlock shows on the unlock screen (vault.status) as well as in the users list.
    expect(readsAfter('users.add')).toEqual(expect.arrayContaining(['users.list', 'vault.status']));
    // An export is listed in the history and changes the template's "last exported".
    expect(readsAfter('returns.export')).toEqual(expect.arrayContaining(['returns.history', 'returns.templates']));
  });

  it('anonymising and erasing reach the caseload, the record page, the figures and the employers built from jobs', () => {
    for (const write of ['retention.anonymise', 'clients.erase'] as const) {
      expect(readsAfter(write), write).toEqual(
        expect.arrayContaining(['clients.list', 'clients.get', 'reports.run', 'reports.trend', 'reports.explainClient', 'reports.dataQuality', 'home.week', 'employers.list', 'employers.history']),
      );
    }
    // Erasing unlinks the employer contacts made for the person (kept in the log with no client).
    expect(readsAfter('clients.erase')).toContain('contacts.listEmployer');
    // A preview or an export changes nothing.
    for (const read of ['retention.preview', 'clients.erasurePreview', 'clients.subjectAccessExport', 'clients.subjectAccessPdf'] as const) expect(readsAfter(read), read).toEqual([]);
  });

  it('a workbook import or the demo data reaches every read of the records (not the vault, its users, its settings, the audit trail, fidelity reviews, return templates and export history, or the backups)', () => {
    // The fidelity list and what is due read reviews and their actions only (a review's suggestions, read by
    // fidelity.get, are the part worked out from the records).
    const notRecords = ['vault.status', 'users.list', 'audit.list', 'settings.get', 'fidelity.list', 'fidelity.due', 'returns.templates', 'returns.openTemplate', 'returns.history', 'backups.status'];
    const everyRecord = QUERY_CHANNELS.filter((name) => !notRecords.includes(name));
    expect([...readsAfter('interchange.import')].sort()).toEqual([...everyRecord].sort());
    expect([...readsAfter('demo.load')].sort()).toEqual([...everyRecord].sort());
  });
});

describe('invalidateAfter', () => {
  it('reads again what a screen shows, drops what none shows, and leaves the rest alone', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    let reads = 0;
    const shown = new QueryObserver(client, { queryKey: ipcQueryKey('clients.get', { id: 'a' }), queryFn: async () => ({ read: (reads += 1) }) });
    const stop = shown.subscribe(() => undefined);
    await expect.poll(() => reads).toBe(1);
    client.setQueryData(ipcQueryKey('reports.run', { period: '2025-26' }), { old: true });
    client.setQueryData(ipcQueryKey('staff.list', {}), { rows: [] });

    await invalidateAfter(client, 'jobs.save');

    expect(reads).toBe(2);
    expect(client.getQueryData(ipcQueryKey('clients.get', { id: 'a' }))).toEqual({ read: 2 });
    expect(client.getQueryData(ipcQueryKey('reports.run', { period: '2025-26' }))).toBeUndefined();
    expect(client.getQueryData(ipcQueryKey('staff.list', {}))).toEqual({ rows: [] });
    stop();
    client.clear();
  });
});
