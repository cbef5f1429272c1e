import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { CASELOAD_STATUS_LABEL, type CaseloadStatus } from '../../../../shared/caseload';
import { formatUkDate } from '../../../../shared/dates';
import type { ClientDetail } from '../../../../shared/ipc/records';
import { formatNhsNumber } from '../../../../shared/nhs-number';
import { hrefFor } from '../../app/routes';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useMayCall } from '../../data/permissions';
import { nhsColours } from '../../theme';
import { displayName } from './client-status';
import { RightsMenu } from './rights/RightsMenu';

const STATUS_COLOUR: Record<CaseloadStatus, { bg: string; fg: string }> = {
  referred: { bg: '#E8EDEE', fg: nhsColours.text },
  engaged: { bg: '#D9E8F6', fg: nhsColours.darkBlue },
  job_searching: { bg: '#FFF3D1', fg: nhsColours.text },
  in_work: { bg: nhsColours.green, fg: nhsColours.white },
  discharged: { bg: nhsColours.secondaryText, fg: nhsColours.white },
};

interface Props {
  detail: ClientDetail;
  status: CaseloadStatus;
  onEdit(): void;
  onDischarge(): void;
  onReopen(): void;
  busy: boolean;
}

/** Who this is at a glance: name, client ID, status, NHS number, and what can be done to the episode. */
export function ClientRecordHeader({ detail, status, onEdit, onDischarge, onReopen, busy }: Props) {
  const { client } = detail;
  // A viewer reads the record; the buttons that change it are not offered (the router would refuse them).
  const mayEdit = useMayCall('clients.update');
  const mayDischarge = useMayCall('clients.discharge');
  // An anonymised record is not re-opened: its person can no longer be named, and retention has run on it.
  const mayReopen = useMayCall('clients.reopen') && !detail.anonymised;
  const colour = STATUS_COLOUR[status];
  const others = detail.episodes.filter((e) => e.id !== client.id);
  return (
    <Box component="header" sx={{ mb: 2 }}>
      <Typography sx={{ mb: 1 }}>
        <a href={hrefFor({ screen: 'caseload' })}>Back to caseload</a>
      </Typography>
      <ScreenHeading title={`${displayName(detail)} (${client.client_id})`}>{displayName(detail)}</ScreenHeading>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: { xs: 1.5, sm: 3 }, mb: 2, mt: -1 }}>
        <Chip label={CASELOAD_STATUS_LABEL[status]} sx={{ bgcolor: colour.bg, color: colour.fg, fontWeight: 700, transition: 'none' }} />
        <Typography>
          Client ID <strong>{client.client_id}</strong>
        </Typography>
        <Typography>
          NHS number <strong>{client.nhs_number ? formatNhsNumber(client.nhs_number) : detail.anonymised ? 'removed when anonymised' : 'not recorded'}</strong>
        </Typography>
        <Typography>
          Referred <strong>{formatUkDate(client.referral_date)}</strong>
          {client.discharge_date && (
            <>
              {' '}· discharged <strong>{formatUkDate(client.discharge_date)}</strong>
            </>
          )}
        </Typography>
        {client.specialist && (
          <Typography>
            Specialist <strong>{client.specialist}</strong>
          </Typography>
        )}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
        {mayEdit ? (
          <Button variant="contained" onClick={onEdit}>
            Edit details
          </Button>
        ) : null}
        {client.discharge_date ? (
          mayReopen && (
            <Button variant="outlined" onClick={onReopen} disabled={busy}>
              Re-open
            </Button>
          )
        ) : (
          mayDischarge && (
            <Button variant="outlined" onClick={onDischarge}>
              Discharge
            </Button>
          )
        )}
        <RightsMenu detail={detail} />
      </Box>
      {others.length > 0 && (
        <Box component="nav" aria-label="Other referral episodes" sx={{ mt: 2 }}>
          <Typography sx={{ fontWeight: 700 }}>Other referral episodes of this person</Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {others.map((e) => (
              <li key={e.id}>
                <a href={hrefFor({ screen: 'client', id: e.id })}>{e.client_id}</a>: referred {formatUkDate(e.referral_date)},{' '}
                {e.discharge_date ? `discharged ${formatUkDate(e.discharge_date)}` : 'still open'}
                {e.id === detail.previous_episode_id ? ' (the episode before this one)' : ''}
              </li>
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
}
