import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { DISCHARGE_REASON } from '../../../shared/codes';

const SUGGESTED: readonly string[] = DISCHARGE_REASON.values;

interface Props {
  id: string;
  label: string;
  /** A DISCHARGE_REASON code, free text, or ''. */
  value: string;
  onChange(value: string): void;
  error?: string;
}

/**
 * Discharge reason: one of the suggested reasons, or "Other" with the team's own words. Free text is
 * stored as typed; "Other" with nothing typed is stored as the code `other`.
 */
export function DischargeReasonField({ id, label, value, onChange, error }: Props) {
  const isCode = value === '' || SUGGESTED.includes(value);
  const [otherText, setOtherText] = useState(isCode ? '' : value);
  const choice = isCode ? value : 'other';
  return (
    <Stack spacing={2}>
      <TextField
        id={id}
        select
        label={label}
        value={choice}
        onChange={(e) => onChange(e.target.value === 'other' && otherText ? otherText : e.target.value)}
        error={Boolean(error)}
        helperText={error ?? 'Choose "Other" to describe it in your own words'}
        fullWidth
        margin="none"
        slotProps={{ select: { native: true } }}
      >
        <option value="">Not recorded</option>
        {DISCHARGE_REASON.values.map((code) => (
          <option key={code} value={code}>
            {DISCHARGE_REASON.labels[code]}
          </option>
        ))}
      </TextField>
      {choice === 'other' && (
        <TextField
          id={`${id}-other`}
          label="Other reason (optional)"
          value={otherText}
          onChange={(e) => {
            setOtherText(e.target.value);
            onChange(e.target.value.trim() ? e.target.value : 'other');
          }}
          fullWidth
          margin="none"
        />
      )}
    </Stack>
  );
}
