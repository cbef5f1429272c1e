import { deleteStaff, findStaffByName, getStaff, insertStaff, listStaff, updateStaff } from '../../../db/repositories/staff-repository';
import type { Handlers } from '../../../shared/ipc/contract';
import { conflictAt, recordNotFound } from './record-errors';
import { audited, changedFields } from '../../../db/audited-write';
import type { ServiceContext } from '../service-context';

type StaffChannel = 'staff.list' | 'staff.save' | 'staff.delete';

/** Staff in Settings. Names are unique (any case): the interchange workbook matches staff by name. */
export function createStaffHandlers(context: ServiceContext): Pick<Handlers, StaffChannel> {
  return {
    'staff.list': () => ({ rows: context.read(({ db }) => listStaff(db)).map((s) => ({ ...s.staff, id: s.id })) }),
    'staff.save': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const existingId = input.id ?? null;
        const before = existingId ? getStaff(tx, existingId)?.staff : null;
        if (existingId && !before) throw recordNotFound('member of staff');
        const namesake = findStaffByName(tx, input.staff.name, existingId);
        if (namesake) throw conflictAt(['staff', 'name'], `${namesake.staff.name} is already on the staff list`);
        const id = existingId ?? insertStaff(tx, input.staff);
        if (existingId) updateStaff(tx, existingId, input.staff);
        return audited({ id }, { action: existingId ? 'staff.update' : 'staff.create', entity: 'staff', entity_id: id, ...changedFields(before, input.staff) });
      }),
    'staff.delete': (input, caller) =>
      context.write(caller, ({ db: tx }) => {
        const before = getStaff(tx, input.id)?.staff;
        if (!before || !deleteStaff(tx, input.id)) throw recordNotFound('member of staff');
        return audited({ deleted: true as const }, { action: 'staff.delete', entity: 'staff', entity_id: input.id, before, after: null });
      }),
  };
}
