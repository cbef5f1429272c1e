import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { CASELOAD_STATUS, CASELOAD_STATUS_LABEL } from '../../../../shared/caseload';
import type { CaseloadRow } from '../../../../shared/ipc/records';
import { nhsColours } from '../../theme';
import { choicesOf, NONE, type CaseloadFilter, type StatusCounts, type StatusFilter } from './caseload-filter';
import { STATUS_STYLE } from './StatusChip';

interface Props {
  rows: readonly CaseloadRow[];
  filter: CaseloadFilter;
  counts: StatusCounts;
  onChange(filter: CaseloadFilter): void;
}

const STATUS_CHOICES: { value: StatusFilter; label: string }[] = [
  { value: 'open', label: 'All open' },
  ...CASELOAD_STATUS.map((status) => ({ value: status, label: CASELOAD_STATUS_LABEL[status] })),
  { value: 'all', label: 'Everyone' },
];

function ChoiceSelect(props: { id: string; label: string; value: string; allLabel: string; noneLabel: string; choices: ReturnType<typeof choicesOf>; hint?: string; onChange(value: string): void }) {
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      size="small"
      fullWidth={false}
      margin="none"
      slotProps={{ select: { displayEmpty: true } }}
      helperText={props.hint}
      // The label sits above the field (theme), so the outline needs no gap for it.
      sx={{ width: 240, '& .MuiOutlinedInput-notchedOutline legend': { maxWidth: '0.01px' } }}
    >
      <MenuItem value="">{props.allLabel}</MenuItem>
      {props.choices.values.map((value) => (
        <MenuItem key={value} value={value}>
          {value}
        </MenuItem>
      ))}
      {props.choices.hasBlank ? <MenuItem value={NONE}>{props.noneLabel}</MenuItem> : null}
    </TextField>
  );
}

/** Status counts that double as the status filter, then search, specialist and team. */
export function CaseloadFilters({ rows, filter, counts, onChange }: Props) {
  return (
    <Box component="section" aria-label="Filters" sx={{ mb: 2 }}>
      <Typography id="status-filter-label" component="h2" sx={{ fontWeight: 700, mb: 1, fontSize: '1rem' }}>
        Status
      </Typography>
      <ToggleButtonGroup
        exclusive
        aria-labelledby="status-filter-label"
        value={filter.status}
        onChange={(_event, value: StatusFilter | null) => {
          if (value) onChange({ ...filter, status: value });
        }}
        sx={{ flexWrap: 'wrap', mb: 2, gap: 1, '& .MuiToggleButtonGroup-grouped': { border: `1px solid ${nhsColours.border}`, borderRadius: '20px !important', m: 0 } }}
      >
        {STATUS_CHOICES.map(({ value, label }) => {
          const style = value === 'open' || value === 'all' ? null : STATUS_STYLE[value];
          return (
            <ToggleButton
              key={value}
              value={value}
              size="small"
              sx={{
                px: 1.75,
                py: 0.5,
                color: nhsColours.text,
                bgcolor: nhsColours.white,
                '&.Mui-selected, &.Mui-selected:hover': { bgcolor: nhsColours.darkBlue, color: nhsColours.white },
              }}
            >
              {style ? <Box component="span" aria-hidden="true" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: style.border, mr: 0.75, display: 'inline-block' }} /> : null}
              {label}&nbsp;<Box component="span" sx={{ fontWeight: 400 }}>· {counts[value]}</Box>
            </ToggleButton>
          );
        })}
      </ToggleButtonGroup>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
        <TextField
          id="caseload-search"
          label="Search"
          type="search"
          size="small"
          value={filter.search}
          onChange={(event) => onChange({ ...filter, search: event.target.value })}
          helperText="Name, client ID or NHS number"
          fullWidth={false}
          margin="none"
          sx={{ width: 320 }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon aria-hidden="true" /></InputAdornment> } }}
        />
        <ChoiceSelect
          id="caseload-specialist"
          label="Specialist"
          value={filter.specialist}
          allLabel="All specialists"
          noneLabel="Not assigned"
          hint="Kept for you: your caseload next time"
          choices={choicesOf(rows, (row) => row.specialist)}
          onChange={(specialist) => onChange({ ...filter, specialist })}
        />
        <ChoiceSelect
          id="caseload-team"
          label="Team"
          value={filter.team}
          allLabel="All teams"
          noneLabel="No team recorded"
          choices={choicesOf(rows, (row) => row.team)}
          onChange={(team) => onChange({ ...filter, team })}
        />
      </Box>
    </Box>
  );
}
