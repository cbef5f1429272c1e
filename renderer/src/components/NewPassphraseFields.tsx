import type { Control, FieldValues, Path } from 'react-hook-form';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/ipc/vault';
import { PassphraseField } from './PassphraseField';

interface Props<F extends FieldValues, T> {
  control: Control<F, unknown, T>;
  /** The passphrase field; the form's `confirmPassphrase` holds the same typed again. */
  name: Path<F>;
  /** "Passphrase" at set-up, "New passphrase" after a recovery; the confirm field's label follows it. */
  label: string;
  /** Names that make a passphrase easy to guess here: the service's and the person's (see PassphraseField). */
  guessable: readonly string[];
}

/** Choosing a passphrase: the field with its strength meter, then the same again to catch a typo. */
export function NewPassphraseFields<F extends FieldValues, T>({ control, name, label, guessable }: Props<F, T>) {
  return (
    <>
      <PassphraseField
        control={control}
        name={name}
        label={label}
        strengthAgainst={guessable}
        autoComplete="new-password"
        helperText={`At least ${PASSPHRASE_MIN_LENGTH} characters. Three or four random words work well.`}
      />
      <PassphraseField control={control} name={'confirmPassphrase' as Path<F>} label={`Confirm ${label.toLowerCase()}`} autoComplete="new-password" />
    </>
  );
}
