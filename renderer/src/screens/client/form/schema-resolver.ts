import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { messageForForm, toSchemaInput, type FieldSpec, type FormValues } from './field-spec';

/**
 * A react-hook-form resolver over a shared zod schema (the one the service uses). The form holds what
 * people typed; each check converts it (dd/mm/yyyy → ISO) and runs the schema, and every problem lands on
 * the field its path names. `extra` adds fields that are not inputs (the client a job belongs to).
 */
export function schemaResolver(schema: z.ZodType, specs: readonly FieldSpec[], extra: () => Record<string, unknown> = () => ({})): Resolver<FormValues> {
  return (values) => {
    const parsed = schema.safeParse({ ...toSchemaInput(values, specs), ...extra() });
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.length > 0 ? String(issue.path[0]) : 'root';
      errors[key] ??= { type: issue.code, message: messageForForm(issue.message) };
    }
    return { values: {}, errors: errors as FieldErrors<FormValues> };
  };
}
