import { useCallback, useState } from 'react';
import type { IpcError } from '../../../shared/ipc/result';
import { fieldErrorsFrom, formMessageFor, hasErrors, summaryFor, type FieldErrors } from './field-errors';

/** Field messages (beside their inputs) and the one form-level message (in an Alert) for a form. */
export function useFormErrors(fields: readonly string[]) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);

  /** Shows problems found in the renderer; returns true when there were any. */
  const showLocal = useCallback((errors: FieldErrors): boolean => {
    setFieldErrors(errors);
    const any = hasErrors(errors);
    setFormMessage(any ? summaryFor(errors) : null);
    return any;
  }, []);

  const showIpcError = useCallback(
    (error: IpcError) => {
      setFieldErrors(fieldErrorsFrom(error.issues));
      setFormMessage(formMessageFor(error, fields));
    },
    [fields],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormMessage(null);
  }, []);

  return { fieldErrors, formMessage, showLocal, showIpcError, setFieldErrors, setFormMessage, clear };
}
