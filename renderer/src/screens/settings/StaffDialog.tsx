import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { staffSchema, type Staff } from '../../../../shared/records';
import { useIpcMutation } from '../../data/ipc-query';
import { toFormValues, type FieldSpec } from '../../forms/field-spec';
import { RecordFormDialog } from '../../forms/RecordFormDialog';

export type StaffRow = ChannelOutput<'staff.list'>['rows'][number];

const STAFF_FIELDS: FieldSpec<keyof Staff & string>[] = [
  { name: 'name', label: 'Name', kind: 'text', required: true },
  // Blank is allowed (null); anything else must be a number, which staffSchema then bounds.
  { name: 'fte', label: 'FTE (full-time equivalent)', kind: 'number', hint: '1 = full time, 0.5 = half time' },
  { name: 'start_date', label: 'Start date', kind: 'date', hint: 'for example 01/04/2025' },
  { name: 'end_date', label: 'End date', kind: 'date', hint: 'leave blank while they are in post' },
];

interface Props {
  editing: StaffRow | null;
  onClose(): void;
  onSaved(name: string): void;
}

export function StaffDialog({ editing, onClose, onSaved }: Props) {
  const save = useIpcMutation('staff.save');
  return (
    <RecordFormDialog
      title={editing ? `Edit ${editing.name}` : 'Add a member of staff'}
      idPrefix="staff"
      fields={STAFF_FIELDS}
      schema={staffSchema}
      recordKey="staff"
      initialValues={toFormValues(editing as unknown as Record<string, unknown> | null, STAFF_FIELDS)}
      submitLabel={editing ? 'Save changes' : 'Add staff member'}
      save={async (staff) => {
        const result = await save.run({ id: editing?.id ?? null, staff });
        if (!result.ok) return result.error;
        onSaved(staff.name);
        return null;
      }}
      onClose={onClose}
    />
  );
}
