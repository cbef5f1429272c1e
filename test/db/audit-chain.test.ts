import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createReader } from '../../db/access';
import { sealUnchainedAuditRows, verifyAuditChain } from '../../db/audit-chain';
import { audited, writeAudited } from '../../db/audited-write';
import { useTempDirs } from './helpers';
import { createEncryptedDatabase } from './demo-database';

const tempDir = useTempDirs();

function chainOf(entries: number) {
  const open = createEncryptedDatabase(tempDir());
  for (let i = 1; i <= entries; i++) {
    writeAudited(open, { user: 'Ann', role: 'manager' }, new Date(Date.UTC(2026, 0, i)), () =>
      audited(null, { action: 'client.update', entity: 'client', entity_id: `c${i}`, before: { family_name: 'Smith' }, after: { family_name: `Smith ${i}` } }),
    );
  }
  return { ...open, reader: createReader(open) };
}

describe('the audit chain', () => {
  it('verifies an untouched log', () => {
    const { raw, reader } = chainOf(5);
    expect(verifyAuditChain(reader.raw)).toEqual({ ok: true, entries: 5 });
    raw.close();
  });

  it('names the first entry changed after it was written', () => {
    const { raw, reader } = chainOf(5);
    raw.prepare(`UPDATE audit_log SET after = '{"family_name":"Jones"}' WHERE seq = 3`).run();
    expect(verifyAuditChain(reader.raw)).toMatchObject({ ok: false, entries: 2, firstBroken: { seq: 3, reason: expect.stringContaining('changed') } });
    raw.close();
  });

  it('notices a deleted entry, a changed user and a re-numbered entry', () => {
    const deleted = chainOf(4);
    deleted.raw.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAuditChain(deleted.reader.raw)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringContaining('entry 2 is missing') } });
    deleted.raw.close();

    const renamed = chainOf(4);
    renamed.raw.prepare(`UPDATE audit_log SET user = 'Mallory' WHERE seq = 1`).run();
    expect(verifyAuditChain(renamed.reader.raw)).toMatchObject({ ok: false, firstBroken: { seq: 1 } });
    renamed.raw.close();

    const swapped = chainOf(3);
    swapped.raw.prepare('UPDATE audit_log SET seq = seq + 10 WHERE seq = 3').run();
    expect(verifyAuditChain(swapped.reader.raw)).toMatchObject({ ok: false, firstBroken: { seq: 13 } });
    swapped.raw.close();
  });

  it('notices a row added behind the app’s back', () => {
    const { raw, reader } = chainOf(2);
    raw.prepare(`INSERT INTO audit_log (id, at, action, created_at, updated_at) VALUES (?, '2026-02-01', 'client.delete', '', '')`).run(randomUUID());
    expect(verifyAuditChain(reader.raw)).toMatchObject({ ok: false, firstBroken: { seq: null, reason: expect.stringContaining('not on the chain') } });
    raw.close();
  });

  it('puts rows written before the chain existed on it, in the order written, once', () => {
    const { raw, reader } = chainOf(0);
    const insert = raw.prepare(`INSERT INTO audit_log (id, at, user, action, created_at, updated_at) VALUES (?, ?, 'Ann', ?, ?, ?)`);
    insert.run(randomUUID(), '2025-05-02T00:00:00.000Z', 'client.update', '2025-05-02', '2025-05-02');
    insert.run(randomUUID(), '2025-05-01T00:00:00.000Z', 'vault.setup', '2025-05-01', '2025-05-01');
    expect(sealUnchainedAuditRows(raw)).toBe(2);
    expect(sealUnchainedAuditRows(raw)).toBe(0);
    expect(raw.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all()).toEqual(['vault.setup', 'client.update']);
    writeAudited({ db: reader.db as never, raw }, { user: 'Ann', role: 'manager' }, new Date(), () => audited(null, { action: 'vault.lock' }));
    expect(verifyAuditChain(reader.raw)).toEqual({ ok: true, entries: 3 });
    raw.close();
  });
});

describe('sealing happens once', () => {
  it('does not seal a row added after the first sealing, however often the database is opened', () => {
    const { raw, reader } = chainOf(1);
    expect(sealUnchainedAuditRows(raw)).toBe(0);
    raw.prepare(`INSERT INTO audit_log (id, at, action, created_at, updated_at) VALUES (?, '2026-02-01', 'client.delete', '', '')`).run(randomUUID());
    expect(sealUnchainedAuditRows(raw)).toBe(0);
    expect(verifyAuditChain(reader.raw)).toMatchObject({ ok: false, firstBroken: { seq: null } });
    raw.close();
  });
});
