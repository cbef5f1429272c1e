import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDrizzle, openEncryptedDatabase } from '../../../db/connection';
import { defaultMigrationsFolder, migrateDatabase } from '../../../db/migrate';
import { listActions } from '../../../db/repositories/fidelity-actions-repository';
import { getReview, listFinalReviews } from '../../../db/repositories/fidelity-reviews-repository';
import { useTempDirs } from '../helpers';

const tempDir = useTempDirs();

describe('fidelity storage', () => {
  it('reads a review written in the 0000 shape after migration 0005: nothing lost, new fields at their defaults', () => {
    const dir = tempDir();
    const folder = join(dir, 'migrations');
    cpSync(defaultMigrationsFolder(), folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const upTo0004 = { ...journal, entries: journal.entries.filter((e) => e.tag < '0005') };
    writeFileSync(journalFile, JSON.stringify(upTo0004));

    writeFileSync(join(dir, 'ipsdesk.keyring.json'), '{}');
    const raw = openEncryptedDatabase(join(dir, 'ipsdesk.db'), randomBytes(32), { create: true });
    migrateDatabase(raw, { backupDir: join(dir, 'backups'), migrationsFolder: folder });
    const now = '2025-06-01T10:00:00.000Z';
    raw.prepare(`INSERT INTO fidelity_reviews (id, instrument, date, reviewers, status, notes, created_at, updated_at) VALUES ('r1', 'sainsbury_c', '2025-06-01', '["Dana"]', 'final', 'Old notes', ?, ?)`).run(now, now);
    raw.prepare(`INSERT INTO fidelity_review_items (id, review_id, item_number, score, evidence, created_at, updated_at) VALUES ('i1', 'r1', 2, 4, 'Contacts log', ?, ?)`).run(now, now);
    raw.prepare(`INSERT INTO fidelity_actions (id, review_id, item, action, owner, due_date, status, created_at, updated_at) VALUES ('a1', 'r1', 2, 'Log preferences', 'Sam', '2025-09-30', 'done', ?, ?)`).run(now, now);

    writeFileSync(journalFile, JSON.stringify(journal));
    expect(migrateDatabase(raw, { backupDir: join(dir, 'backups'), migrationsFolder: folder }).applied).toBeGreaterThan(0);
    const db = createDrizzle(raw);
    const review = getReview(db, 'r1')!;
    expect(review).toMatchObject({
      instrument: 'sainsbury_c', review_date: '2025-06-01', period: { start: '2024-06-02', end: '2025-06-01' }, reviewers: ['Dana'], kind: 'self',
      status: 'final', notes: 'Old notes', finalised_at: null, finalised_by: null, copied_from: null,
    });
    expect(review.items).toHaveLength(8);
    expect(review.items[1]).toEqual({ item: 'sainsbury:2', score: 4, evidence: 'Contacts log', sources: [], not_enough_evidence: false, suggestion: null });
    expect(review.items[0]).toMatchObject({ item: 'sainsbury:1', score: null });
    expect(listFinalReviews(db, 'sainsbury_c').map((r) => r.id)).toEqual(['r1']);
    // The item an old action answered is carried over to the link table.
    expect(listActions(db, 'r1')).toEqual([
      { id: 'a1', review_id: 'r1', position: 0, items: ['sainsbury:2'], action: 'Log preferences', owner: 'Sam', due_date: '2025-09-30', status: 'done', progress: [] },
    ]);
    raw.close();
  });
});
