import { PASSPHRASE_MIN_LENGTH } from '../../../shared/ipc/vault';
import { PassphraseField } from './PassphraseField';

interface Props {
  id: string;
  /** "Passphrase" at set-up, "New passphrase" after a recovery; the confirm field's label follows it. */
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  confirmValue: string;
  onConfirmChange(value: string): void;
  confirmError?: string;
}

/** Choosing a passphrase: the field with its strength hint, then the same again to catch a typo. */
export function NewPassphraseFields(props: Props) {
  return (
    <>
      <PassphraseField
        id={props.id}
        label={props.label}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        showStrength
        autoComplete="new-password"
        helperText={`At least ${PASSPHRASE_MIN_LENGTH} characters. Three or four random words work well.`}
      />
      <PassphraseField
        id="confirmPassphrase"
        label={`Confirm ${props.label.toLowerCase()}`}
        value={props.confirmValue}
        onChange={props.onConfirmChange}
        error={props.confirmError}
        autoComplete="new-password"
      />
    </>
  );
}
