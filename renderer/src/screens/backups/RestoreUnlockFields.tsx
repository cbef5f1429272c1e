import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { Controller, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import type { RestoreUnlock } from '../../../../shared/ipc/backups';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { PassphraseField } from '../../components/PassphraseField';
import { FormTextField } from '../../forms/FormTextField';
import type { RestoreForm } from './restore-form';

interface Props {
  control: Control<RestoreForm, unknown, RestoreUnlock>;
  /** To pick a person again when going back to a passphrase from "the first manager". */
  setValue: UseFormSetValue<RestoreForm>;
  /** Whose passphrases the backup holds (backups.inspect). */
  users: readonly string[];
  /** Prefix for ids, so the fields never share one with another form on the page. */
  idPrefix: string;
}

const RECOVERY_KEY_HINT = 'Groups of four letters and numbers, like ABCD-EFGH-JKLM. Dashes, spaces and capitals do not matter.';

/**
 * The restore's unlocking: a passphrase held in the backup, or the printed recovery key and a new
 * passphrase (the only way when every passphrase is forgotten, or the keyring was lost with the laptop).
 */
export function RestoreUnlockFields({ control, setValue, users, idPrefix }: Props) {
  const method = useWatch({ control, name: 'method' });
  const user = useWatch({ control, name: 'user' });
  // Whose passphrase is checked, or set: asked after the recovery key, since the key comes first on paper.
  const userSelect = (
    <FormTextField
      control={control}
      name="user"
      id={`${idPrefix}-user`}
      select
      label={method === 'passphrase' ? 'Whose passphrase?' : 'Set the new passphrase for'}
      hint={method === 'passphrase' ? 'The people who could unlock IPS Desk when this backup was made' : 'They must be a manager in the backup'}
      slotProps={{ select: { native: true } }}
      fullWidth
    >
      {method === 'recovery_key' ? <option value="">The first manager in the backup</option> : null}
      {users.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </FormTextField>
  );
  return (
    <>
      <Controller
        control={control}
        name="method"
        render={({ field }) => (
          <FormControl component="fieldset" sx={{ mt: 1 }}>
            <FormLabel component="legend" sx={{ fontWeight: 700, color: 'text.primary' }}>
              How will you open this backup?
            </FormLabel>
            <RadioGroup
              name={field.name}
              value={field.value}
              onChange={(event) => {
                field.onChange(event.target.value);
                // "The first manager" is only a choice with the recovery key: a passphrase is always someone's.
                if (event.target.value === 'passphrase' && user === '') setValue('user', users[0] ?? '');
              }}
            >
              <FormControlLabel value="passphrase" control={<Radio id={`${idPrefix}-method-passphrase`} />} label="With a passphrase that was in use when it was made" />
              <FormControlLabel value="recovery_key" control={<Radio id={`${idPrefix}-method-recovery`} />} label="With the printed recovery key, then choose a new passphrase" />
            </RadioGroup>
          </FormControl>
        )}
      />
      {method === 'passphrase' ? (
        <>
          {userSelect}
          <PassphraseField control={control} name="passphrase" label="Passphrase" autoComplete="current-password" />
        </>
      ) : (
        <>
          <FormTextField
            control={control}
            name="recoveryKey"
            id="recoveryKey"
            label="Recovery key"
            hint={RECOVERY_KEY_HINT}
            autoComplete="off"
            fullWidth
            slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' }, input: { sx: { fontFamily: '"Courier New", Courier, monospace', fontSize: '1.1rem' } } }}
          />
          {userSelect}
          <NewPassphraseFields control={control} name="newPassphrase" label="New passphrase" guessable={[user]} />
        </>
      )}
    </>
  );
}
