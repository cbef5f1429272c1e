import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useId, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { IpcError } from '../../../shared/ipc/result';
import { registerUnsaved } from '../app/unsaved-changes';
import { countFieldErrors, placeServiceIssues, summaryFor } from './service-issues';

interface Options<Form extends FieldValues, Output> {
  /** Usually built with formSchema() over a shared schema; input is the form as typed, output what is sent. */
  schema: z.ZodType<Output, Form>;
  defaultValues: DefaultValues<Form>;
  /** The key the call nests the form's fields under, as its issues name them (`contact` in `contact.date`). */
  issuesUnder?: string;
  /**
   * Where focus goes when a check fails: the first problem on screen (`field`, the default), or nowhere,
   * for long forms whose SaveOutcome beside the Save button takes it instead.
   */
  focusOnProblem?: 'field' | 'outcome';
  /**
   * The form holds typing worth keeping: leaving it unsaved (another screen, Esc, Cancel, Lock) asks first
   * (app/unsaved-changes.tsx). Not for forms that only choose what to show (a period, a date range). Give
   * the form's name as people know it ("Add job"): when IPS Desk locks itself, the unlock screen names the
   * forms whose typing it threw away.
   */
  guardUnsaved?: boolean | string;
}

/** What `send` resolves to: the service's refusal, null once saved, or NOT_SAVED when the user stopped it. */
export const NOT_SAVED = 'not_saved';
type SendOutcome = IpcError | null | typeof NOT_SAVED;

/**
 * Every form's one style: react-hook-form checked by a zod schema, each problem beside its field (found in
 * the renderer or sent back by the service), and one form-level message for the alert above the fields.
 */
export function useSchemaForm<Form extends FieldValues, Output>({ schema, defaultValues, issuesUnder, focusOnProblem = 'field', guardUnsaved = false }: Options<Form, Output>) {
  // After a first submit, a field is checked again as it is typed in, so a corrected field loses its message
  // at once; checked on blur instead, the message would vanish as Save is pressed and move the button away.
  const form = useForm<Form, unknown, Output>({ resolver: zodResolver(schema), defaultValues, reValidateMode: 'onChange', shouldFocusError: false });
  const [formMessage, setFormMessage] = useState<string | null>(null);
  // Set when a check fails; once the problems are on screen, focus goes to the first in reading order.
  // (react-hook-form would pick the first field it was told about, which is not the first on screen once
  // fields come and go, as in the period picker's date range.)
  const [focusIn, setFocusIn] = useState<{ form: HTMLFormElement; submitCount: number } | null>(null);
  const { handleSubmit } = form;
  const { submitCount, isDirty } = form.formState;

  // Whether the typing is unsaved is asked at the moment someone leaves, which may come between renders
  // (saving, then moving to the new record): so it is kept here as it stands, not as last rendered.
  const unsavedId = useId();
  const typing = useRef({ dirty: false, sending: false, saved: false });
  typing.current.dirty = isDirty;
  useEffect(() => {
    // Saved and then reset to what was saved: from here on, typing again counts again.
    if (!isDirty) typing.current.saved = false;
  }, [isDirty]);
  const holdsUnsaved = useCallback(() => typing.current.dirty && !typing.current.sending && !typing.current.saved, []);
  useEffect(
    () => (guardUnsaved ? registerUnsaved(unsavedId, holdsUnsaved, typeof guardUnsaved === 'string' ? guardUnsaved : undefined) : undefined),
    [guardUnsaved, unsavedId, holdsUnsaved],
  );

  useEffect(() => {
    // react-hook-form shows the problems only after this submit is counted.
    if (!focusIn || focusIn.submitCount !== submitCount) return;
    focusIn.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    setFocusIn(null);
  }, [focusIn, submitCount]);

  /**
   * The form's onSubmit: checks, then `send`s the checked values. `send` resolves to the service's refusal
   * (placed by placeServiceIssues), null when it is saved, or NOT_SAVED when the user called it off.
   */
  function submitWith(send: (values: Output) => Promise<SendOutcome>) {
    return handleSubmit(
      async (values) => {
        setFormMessage(null);
        typing.current.sending = true;
        let outcome: SendOutcome;
        try {
          outcome = await send(values);
        } finally {
          typing.current.sending = false;
        }
        if (outcome === null) typing.current.saved = true;
        else if (outcome !== NOT_SAVED) setFormMessage(placeServiceIssues(outcome, form, issuesUnder));
      },
      (errors, event?: BaseSyntheticEvent) => {
        setFormMessage(summaryFor(countFieldErrors(errors)));
        if (focusOnProblem === 'field' && event?.target instanceof HTMLFormElement) setFocusIn({ form: event.target, submitCount: submitCount + 1 });
      },
    );
  }

  return { ...form, formMessage, setFormMessage, submitWith, holdsUnsaved };
}
