import { z } from 'zod';
import { parseUkDate } from '../../../shared/dates';
import type { FieldIssue } from '../../../shared/ipc/result';

/**
 * A form schema for react-hook-form's zodResolver built on a record's shared zod schema: the form holds
 * text as typed (dates as dd/mm/yyyy), `toInput` turns it into the record input, and the record schema —
 * the same one the service runs — judges it. Every problem comes back at once, each at its field.
 * Dates that cannot be read as dd/mm/yyyy get a message that says so, instead of the schema's ISO wording.
 */
export function recordFormSchema<Form extends Record<string, unknown>, RecordSchema extends z.ZodType>(
  record: RecordSchema,
  toInput: (form: Form) => unknown,
  dateLabels: Partial<{ [K in keyof Form & string]: string }> = {},
) {
  return z.custom<Form>().transform((form, ctx): z.output<RecordSchema> => {
    const unreadable = new Set<string>();
    for (const [field, label] of Object.entries(dateLabels)) {
      const text = String(form[field] ?? '').trim();
      if (text && parseUkDate(text) === null) {
        unreadable.add(field);
        ctx.addIssue({ code: 'custom', path: [field], message: `${label} must be a real date, written dd/mm/yyyy` });
      }
    }
    const parsed = record.safeParse(toInput(form));
    if (parsed.success && unreadable.size === 0) return parsed.data;
    for (const issue of parsed.error?.issues ?? []) {
      const field = String(issue.path[0] ?? '');
      if (!unreadable.has(field)) ctx.addIssue({ code: 'custom', path: issue.path.map(String), message: issue.message });
    }
    return z.NEVER;
  });
}

/** dd/mm/yyyy text → ISO; blank → null; unreadable text is passed on so the schema refuses it too. */
export function isoFromUkText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? (parseUkDate(trimmed) ?? trimmed) : null;
}

/** Service issues name fields under the input's wrapper (`contact.date`): the field name is what follows it. */
export function issuesUnder(wrapper: string, issues: readonly FieldIssue[] | undefined): { field: string; message: string }[] {
  return (issues ?? []).map((issue) => {
    const path = issue.path[0] === wrapper ? issue.path.slice(1) : issue.path;
    return { field: String(path[0] ?? ''), message: issue.message };
  });
}
