import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { ReactNode, Ref } from 'react';
import { useIpcQuery } from '../data/ipc-query';

interface ClientOption {
  client_id: string;
  name: string;
}

interface Props {
  id: string;
  label: string;
  /** The chosen client's client ID, or ''. */
  value: string;
  onChange(clientId: string): void;
  onBlur(): void;
  inputRef: Ref<HTMLInputElement>;
  error: boolean;
  helperText: ReactNode;
  autoFocus?: boolean;
}

const labelOf = (option: ClientOption) => (option.name ? `${option.name} (${option.client_id})` : option.client_id);

// Found by any part of the name or the client ID; at most 50 shown, so 10,000 clients stay quick.
const filter = createFilterOptions<ClientOption>({ limit: 50, stringify: (option) => `${option.name} ${option.client_id}` });

/** A client of the caseload, chosen by name or client ID rather than typed, so the link always holds. */
export function ClientPicker({ id, label, value, onChange, onBlur, inputRef, error, helperText, autoFocus }: Props) {
  const options = useIpcQuery('clients.list', {}, { select: (list) => list.rows.map((row) => ({ client_id: row.client_id, name: row.name })) }).data ?? [];
  // A client ID stored before this list existed, or of a record since removed, is still shown as it is.
  const chosen = value ? (options.find((o) => o.client_id === value) ?? { client_id: value, name: '' }) : null;
  return (
    <Autocomplete
      id={id}
      options={options}
      value={chosen}
      onChange={(_event, option) => onChange(option?.client_id ?? '')}
      onBlur={onBlur}
      getOptionLabel={labelOf}
      isOptionEqualToValue={(a, b) => a.client_id === b.client_id}
      filterOptions={filter}
      noOptionsText="No client with that name or client ID"
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          inputRef={inputRef}
          error={error}
          helperText={helperText}
          autoFocus={autoFocus}
          margin="none"
          placeholder="Type a name or client ID"
        />
      )}
    />
  );
}
