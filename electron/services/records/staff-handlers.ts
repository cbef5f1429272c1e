import { deleteStaff, findStaffByName, getStaff, insertStaff, listStaff, updateStaff } from '../../../db/repositories/staff-repository';
import type { Handlers } from '../../../shared/ipc/contract';
import { conflictAt, recordNotFound } from './record-errors';
import type { RecordContext } from './record-context';

type StaffChannel = 'staff.list' | 'staff.save' | 'staff.delete';

/** Staff in Settings. Names are unique (any case): the interchange workbook matches staff by name. */
export function createStaffHandlers(context: RecordContext): Pick<Handlers, StaffChannel> {
  return {
    'staff.list': () => ({ rows: context.read((db) => listStaff(db)).map((s) => ({ ...s.staff, id: s.id })) }),
    'staff.save': (input) =>
      context.write((tx, audit) => {
        const existingId = input.id ?? null;
        if (existingId && !getStaff(tx, existingId)) throw recordNotFound('member of staff');
        const namesake = findStaffByName(tx, input.staff.name, existingId);
        if (namesake) throw conflictAt(['staff', 'name'], `${namesake.staff.name} is already on the staff list`);
        const id = existingId ?? insertStaff(tx, input.staff);
        if (existingId) updateStaff(tx, existingId, input.staff);
        audit({ action: existingId ? 'staff.update' : 'staff.create', entity: 'staff', entity_id: id });
        return { id };
      }),
    'staff.delete': (input) =>
      context.write((tx, audit) => {
        if (!deleteStaff(tx, input.id)) throw recordNotFound('member of staff');
        audit({ action: 'staff.delete', entity: 'staff', entity_id: input.id });
        return { deleted: true as const };
      }),
  };
}
