import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { IpcError } from '../../../shared/ipc/result';
import { countFieldErrors, placeServiceIssues, summaryFor } from './service-issues';

interface Options<Form extends FieldValues, Output> {
  /** Usually built with formSchema() over a shared schema; input is the form as typed, output what is sent. */
  schema: z.ZodType<Output, Form>;
  defaultValues: DefaultValues<Form>;
  /** The key the call nests the form's fields under, as its issues name them (`contact` in `contact.date`). */
  issuesUnder?: string;
}

/**
 * Every form's one style: react-hook-form checked by a zod schema, each problem beside its field (found in
 * the renderer or sent back by the service), and one form-level message for the alert above the fields.
 */
export function useSchemaForm<Form extends FieldValues, Output>({ schema, defaultValues, issuesUnder }: Options<Form, Output>) {
  // After a first submit, a field is checked again as it is typed in, so a corrected field loses its message
  // at once; checked on blur instead, the message would vanish as Save is pressed and move the button away.
  const form = useForm<Form, unknown, Output>({ resolver: zodResolver(schema), defaultValues, reValidateMode: 'onChange', shouldFocusError: false });
  const [formMessage, setFormMessage] = useState<string | null>(null);
  // Set when a check fails; once the problems are on screen, focus goes to the first in reading order.
  // (react-hook-form would pick the first field it was told about, which is not the first on screen once
  // fields come and go, as in the period picker's date range.)
  const [focusIn, setFocusIn] = useState<{ form: HTMLFormElement; submitCount: number } | null>(null);
  const { handleSubmit } = form;
  const { submitCount } = form.formState;

  useEffect(() => {
    // react-hook-form shows the problems only after this submit is counted.
    if (!focusIn || focusIn.submitCount !== submitCount) return;
    focusIn.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    setFocusIn(null);
  }, [focusIn, submitCount]);

  /**
   * The form's onSubmit: checks, then `send`s the checked values. `send` resolves to the service's refusal
   * (placed by placeServiceIssues) or null when it is done.
   */
  function submitWith(send: (values: Output) => Promise<IpcError | null>) {
    return handleSubmit(
      async (values) => {
        setFormMessage(null);
        const error = await send(values);
        if (error) setFormMessage(placeServiceIssues(error, form, issuesUnder));
      },
      (errors, event?: BaseSyntheticEvent) => {
        setFormMessage(summaryFor(countFieldErrors(errors)));
        if (event?.target instanceof HTMLFormElement) setFocusIn({ form: event.target, submitCount: submitCount + 1 });
      },
    );
  }

  return { ...form, formMessage, setFormMessage, submitWith };
}
