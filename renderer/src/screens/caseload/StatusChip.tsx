import Chip from '@mui/material/Chip';
import { CASELOAD_STATUS_LABEL, type CaseloadStatus } from '../../../../shared/caseload';
import { nhsColours } from '../../theme';

/** Colour helps scanning; the label carries the meaning, so nothing depends on colour alone. */
export const STATUS_STYLE: Record<CaseloadStatus, { bg: string; fg: string; border: string }> = {
  referred: { bg: '#E8EDEE', fg: nhsColours.text, border: nhsColours.border },
  engaged: { bg: '#D6E6F5', fg: nhsColours.darkBlue, border: nhsColours.blue },
  job_searching: { bg: '#FFF1D0', fg: nhsColours.text, border: '#B58105' },
  in_work: { bg: '#D5EEDD', fg: '#00592A', border: nhsColours.green },
  discharged: { bg: nhsColours.white, fg: nhsColours.secondaryText, border: nhsColours.secondaryText },
};

export function StatusChip({ status }: { status: CaseloadStatus }) {
  const style = STATUS_STYLE[status];
  return (
    <Chip
      size="small"
      label={CASELOAD_STATUS_LABEL[status]}
      sx={{ bgcolor: style.bg, color: style.fg, border: `1px solid ${style.border}`, fontWeight: 700 }}
    />
  );
}
