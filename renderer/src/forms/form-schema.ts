import { z } from 'zod';

/** Problems only the form can see (a passphrase typed twice, a date that is not dd/mm/yyyy): path → message. */
export type FormChecks = Partial<Record<string, string>>;

/** The shared schemas describe dates as stored (ISO); people here type and read dd/mm/yyyy. */
export function messageForForm(message: string): string {
  return message.replace('(YYYY-MM-DD)', '(dd/mm/yyyy)');
}

/**
 * The schema every form hands to react-hook-form's zodResolver. The form holds what people typed; `toInput`
 * turns it into the input of `target` — a shared schema (a record's, or a channel's input), the same one
 * the service runs — and `target` judges it, so the form never restates a rule. Every problem comes back
 * at once at the path it names (`hours_per_week`, `items.3.source`). `check` adds what only the form can
 * know; a field it flags keeps that one message (and the target's messages about its parts are dropped).
 */
export function formSchema<Form extends Record<string, unknown>, Target extends z.ZodType>(
  target: Target,
  toInput: (form: Form) => unknown,
  check: (form: Form) => FormChecks = () => ({}),
) {
  return z.custom<Form>().transform((form, ctx): z.output<Target> => {
    const flagged = check(form);
    const flaggedPaths = Object.keys(flagged).filter((path) => flagged[path] !== undefined);
    for (const path of flaggedPaths) ctx.addIssue({ code: 'custom', path: path.split('.'), message: flagged[path]! });
    const parsed = target.safeParse(toInput(form));
    if (parsed.success && flaggedPaths.length === 0) return parsed.data;
    // A flagged field keeps its one message, including over the target's messages about its parts
    // (`reviewers` typed in one box flags itself for what the schema says of `reviewers.2`).
    const isFlagged = (path: string) => flaggedPaths.some((f) => path === f || path.startsWith(`${f}.`));
    for (const issue of parsed.error?.issues ?? []) {
      if (isFlagged(issue.path.map(String).join('.'))) continue;
      ctx.addIssue({ code: 'custom', path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), message: messageForForm(issue.message) });
    }
    return z.NEVER;
  });
}
