import { describe, expect, it } from 'vitest';
import { timeOrderedIds } from '../../../electron/services/interchange/time-ordered-ids';
import { idSchema } from '../../../shared/ipc/records';

describe('time-ordered record ids', () => {
  it('are UUID version 7 with the time first, valid record ids, unique, and sort in the order made', () => {
    const next = timeOrderedIds(Date.UTC(2026, 11, 1, 9, 30));
    const ids = Array.from({ length: 300_000 }, next);
    for (const id of [ids[0]!, ids[150_000]!, ids.at(-1)!]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(idSchema.safeParse(id).success).toBe(true);
      expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.UTC(2026, 11, 1, 9, 30));
    }
    expect(new Set(ids).size).toBe(ids.length);
    // Sorted unless the counter wrapped (its random start leaves room for over a billion ids first).
    const wrapped = ids.findIndex((id, i) => i > 0 && id < ids[i - 1]!);
    if (wrapped !== -1) expect(ids.slice(0, wrapped).every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
    else expect([...ids].sort()).toEqual(ids);
  });

  it('differ between two runs in the same millisecond', () => {
    const now = Date.now();
    const a = Array.from({ length: 1000 }, timeOrderedIds(now));
    const b = new Set(Array.from({ length: 1000 }, timeOrderedIds(now)));
    expect(a.some((id) => b.has(id))).toBe(false);
  });
});
