import { CONTACT_KIND, EMPLOYER_CONTACT_KINDS, YES_NO_UNKNOWN, type CodeList } from '../../../../../shared/codes';
import { todayIso } from '../../../../../shared/dates';
import { contactSchema, type Contact } from '../../../../../shared/records';
import { toFormValues, type FieldSpec, type FormValues } from '../../../forms/field-spec';

type ContactField = keyof Contact & string;

const EMPLOYER_KINDS: CodeList = {
  values: CONTACT_KIND.values.filter((kind) => EMPLOYER_CONTACT_KINDS.includes(kind)) as unknown as CodeList['values'],
  labels: CONTACT_KIND.labels,
};

function contactFields(kinds: CodeList): FieldSpec<ContactField>[] {
  return [
    { name: 'date', label: 'Date', kind: 'date', required: true },
    { name: 'kind', label: 'Kind of contact', kind: 'code', list: kinds, required: true },
    { name: 'specialist', label: 'Employment specialist', kind: 'pick', pick: 'specialist', hint: 'From Settings › Staff' },
    // DOMAIN §2: optional even on an employer contact; a blank one is a data-quality note, never a refusal.
    { name: 'employer', label: 'Employer', kind: 'text', hint: 'for employer contacts; leave blank if not known' },
    {
      name: 'client_preference_based',
      label: "Employer chosen from the client's preferences",
      kind: 'code',
      list: YES_NO_UNKNOWN,
      hint: 'employer contacts (Sainsbury C2)',
    },
  ];
}

/**
 * The one contact form, in the two places contacts are recorded: on a client's record (any kind of
 * contact, the client fixed) and in the employer contacts log (employer contacts only, on behalf of one
 * client or none). Both are shown by RecordFormDialog and checked with the shared contactSchema.
 */
export const CONTACT_FORMS = {
  client: { fields: contactFields(CONTACT_KIND), schema: contactSchema },
  employer: {
    fields: [
      ...contactFields(EMPLOYER_KINDS),
      { name: 'client_id', label: 'On behalf of client', kind: 'client', hint: 'Find them by name or client ID; leave blank if the contact was not for one client' },
    ] satisfies FieldSpec<ContactField>[],
    // Client contacts are logged on the client's record, not here.
    schema: contactSchema.refine((contact) => EMPLOYER_CONTACT_KINDS.includes(contact.kind), { path: ['kind'], message: 'Choose an employer contact kind' }),
  },
} as const;

/** A new contact starts today; `defaults` adds the rest (the kind, the client's specialist). */
export function newContactValues(fields: readonly FieldSpec[], defaults: FormValues): FormValues {
  return { ...toFormValues({ date: todayIso() }, fields), ...defaults };
}
