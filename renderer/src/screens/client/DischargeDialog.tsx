import { formatUkDate, todayIso } from '../../../../shared/dates';
import { clientWarnings } from '../../../../shared/records';
import { channels } from '../../../../shared/ipc/contract';
import type { ClientDetail } from '../../../../shared/ipc/records';
import { useIpcMutation } from '../../data/ipc-query';
import { toFormValues, type FieldSpec } from '../../forms/field-spec';
import { RecordFormDialog } from '../../forms/RecordFormDialog';

const dischargeSchema = channels['clients.discharge'].input;

function dischargeFields(detail: ClientDetail): FieldSpec[] {
  return [
    { name: 'discharge_date', label: 'Discharge date', kind: 'date', required: true, hint: `referred ${formatUkDate(detail.client.referral_date)}` },
    { name: 'discharge_reason', label: 'Reason', kind: 'reason' },
  ];
}

/** Closes an episode: discharge date (the service refuses one before the referral) and a reason. */
export function DischargeDialog({ detail, onClose, onDone }: { detail: ClientDetail; onClose(): void; onDone(): void }) {
  const discharge = useIpcMutation('clients.discharge');
  const fields = dischargeFields(detail);
  return (
    <RecordFormDialog
      title={`Discharge ${detail.client.client_id}`}
      idPrefix="discharge"
      fields={fields}
      schema={dischargeSchema}
      initialValues={toFormValues({ discharge_date: todayIso() }, fields)}
      fixed={{ id: detail.client.id }}
      submitLabel="Discharge"
      // A discharge dated ahead is allowed (a planned ending) but is usually a slip: it is confirmed first.
      warnings={(input) =>
        clientWarnings({ referral_date: detail.client.referral_date, discharge_date: (input.discharge_date as string | null) ?? null, vocational_profile_date: null }, todayIso())
      }
      save={async (input) => {
        const result = await discharge.run(input);
        if (!result.ok) return result.error;
        onDone();
        return null;
      }}
      onClose={onClose}
    />
  );
}
