import type { Control, FieldValues, Path } from 'react-hook-form';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/ipc/vault';
import { PassphraseField } from './PassphraseField';

interface Props<F extends FieldValues, T> {
  control: Control<F, unknown, T>;
  /** The passphrase field; the form's `confirmPassphrase` holds the same typed again. */
  name: Path<F>;
  /** "Passphrase" at set-up, "New passphrase" after a recovery; the confirm field's label follows it. */
  label: string;
}

/** Choosing a passphrase: the field with its strength hint, then the same again to catch a typo. */
export function NewPassphraseFields<F extends FieldValues, T>({ control, name, label }: Props<F, T>) {
  return (
    <>
      <PassphraseField
        control={control}
        name={name}
        label={label}
        showStrength
        autoComplete="new-password"
        helperText={`At least ${PASSPHRASE_MIN_LENGTH} characters. Three or four random words work well.`}
      />
      <PassphraseField control={control} name={'confirmPassphrase' as Path<F>} label={`Confirm ${label.toLowerCase()}`} autoComplete="new-password" />
    </>
  );
}
