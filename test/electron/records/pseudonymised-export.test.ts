import { describe, expect, it } from 'vitest';
import { pseudonym } from '../../../electron/xlsx/template';
import { readInterchangeWorkbook } from '../../../electron/xlsx/interchange-read';
import { writeInterchangeWorkbook } from '../../../electron/xlsx/interchange-write';
import type { InterchangeRecords } from '../../../electron/xlsx/interchange-columns';
import { useTempDirs } from '../../db/helpers';
import { richSample } from '../xlsx/interchange-sample';
import { openRecordsApp, type RecordsApp } from './records-app';

const tempDir = useTempDirs();

async function appWithSample(sample = richSample()): Promise<RecordsApp> {
  const app = await openRecordsApp(tempDir());
  const bytes = await writeInterchangeWorkbook(sample);
  await app.call('interchange.import', { fileName: 'records.xlsx', base64: bytes.toString('base64') });
  return app;
}

async function exportRecords(app: RecordsApp, pseudonymised: boolean): Promise<{ fileName: string; records: InterchangeRecords }> {
  const { fileName, base64 } = await app.call('interchange.export', { pseudonymised, confirmedUnencrypted: !pseudonymised });
  const read = await readInterchangeWorkbook(Buffer.from(base64, 'base64'));
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return { fileName, records: read.records };
}

describe('exporting every record', () => {
  it('refuses an identifiable export until the person confirms it is not encrypted, and records nothing', async () => {
    const app = await appWithSample();
    const before = app.auditActions();
    const refused = await app.fail('interchange.export', { pseudonymised: false });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(/^The workbook is not encrypted: it holds every client's name, NHS number and date of birth in clear/);
    expect(refused.issues).toEqual([{ path: ['confirmedUnencrypted'], message: refused.message }]);
    expect(app.auditActions()).toEqual(before);
    const confirmed = await exportRecords(app, false);
    expect(confirmed.records.clients.map((c) => c.family_name)).toContain(richSample().clients[0]!.family_name);
    app.close();
  });

  it('pseudonymised: no names, NHS numbers or dates of birth, client and job ids replaced consistently, free-text reasons hidden', async () => {
    const sample = richSample();
    const app = await appWithSample(sample);
    const { fileName, records } = await exportRecords(app, true);
    expect(fileName).toBe('ips-desk-records-pseudonymised-2026-01-15.xlsx');
    expect(app.auditActions().at(-1)).toBe('records.export');

    expect(records.clients).toHaveLength(sample.clients.length);
    for (const client of records.clients) {
      expect(client).toMatchObject({ given_name: null, family_name: null, nhs_number: null, date_of_birth: null });
      expect(client.client_id).toMatch(/^P-[A-HJ-NP-Z2-9]{12}$/);
    }
    const text = JSON.stringify(records);
    for (const c of sample.clients) {
      for (const value of [c.client_id, c.given_name, c.family_name, c.nhs_number, c.date_of_birth]) {
        if (value) expect(text.includes(`"${value}"`), value).toBe(false);
      }
    }
    const pseudonyms = new Set(records.clients.map((c) => c.client_id));
    expect(pseudonyms.size).toBe(sample.clients.length);
    for (const row of [...records.jobs, ...records.activities, ...records.wellbeing]) expect(pseudonyms.has(row.client_id)).toBe(true);
    for (const contact of records.contacts) if (contact.client_id !== null) expect(pseudonyms.has(contact.client_id)).toBe(true);
    expect(records.jobs.every((j) => /^J-[A-HJ-NP-Z2-9]{12}$/.test(j.job_id))).toBe(true);
    // A re-referral still names its earlier episode, by that episode's pseudonym.
    const linked = records.clients.filter((c) => c.previous_episode_id !== undefined);
    expect(linked).toHaveLength(sample.clients.filter((c) => c.previous_episode_id !== undefined).length);
    expect(linked.length).toBeGreaterThan(0);
    for (const c of linked) expect(pseudonyms.has(c.previous_episode_id!)).toBe(true);
    expect(records.clients.map((c) => c.discharge_reason).filter(Boolean).sort()).toEqual(
      sample.clients.map((c) => c.discharge_reason).filter(Boolean).map((r) => (r === 'moved_away' ? r : 'other')).sort(),
    );
    // Everything else is as it was: the same numbers of each record, with their dates and codes.
    expect(records.contacts).toHaveLength(sample.contacts.length);
    expect(records.staff).toEqual(expect.arrayContaining(sample.staff));
    expect(records.staff).toHaveLength(sample.staff.length);
    expect(records.jobs.map((j) => j.start_date).sort()).toEqual(sample.jobs.map((j) => j.start_date).sort());

    // It imports into an empty database as it is.
    const other = await openRecordsApp(tempDir());
    const { base64 } = await app.call('interchange.export', { pseudonymised: true });
    const imported = await other.call('interchange.import', { fileName: 'pseudonymised.xlsx', base64 });
    expect(imported.counts.Clients).toEqual({ added: sample.clients.length, updated: 0, unchanged: 0 });
    other.close();
    app.close();
  });

  it('the same client keeps its pseudonym from one export to the next, and has another in another database', async () => {
    const first = await appWithSample();
    const again = await appWithSample();
    const a = (await exportRecords(first, true)).records.clients.map((c) => c.client_id);
    const b = (await exportRecords(first, true)).records.clients.map((c) => c.client_id);
    const c = (await exportRecords(again, true)).records.clients.map((x) => x.client_id);
    expect(b).toEqual(a);
    expect(c.filter((id) => a.includes(id))).toEqual([]);
    first.close();
    again.close();
  });

  it('pseudonyms depend on the secret and the reference only', () => {
    const secret = Buffer.alloc(32, 7);
    expect(pseudonym(secret, 'client', 'C-1')).toBe(pseudonym(Buffer.alloc(32, 7), 'client', 'C-1'));
    expect(pseudonym(secret, 'client', 'C-1')).not.toBe(pseudonym(secret, 'client', 'C-2'));
    expect(pseudonym(secret, 'client', 'C-1').slice(2)).not.toBe(pseudonym(secret, 'job', 'C-1').slice(2));
    expect(pseudonym(secret, 'client', 'C-1')).not.toBe(pseudonym(Buffer.alloc(32, 8), 'client', 'C-1'));
  });
});
