import type { CodeList } from '../../shared/codes';

/**
 * Codes in the interchange workbook. The stored codes are short keys (`employer_face_to_face`, `A`, `01`);
 * people editing the workbook by hand often type the label the Codes sheet shows beside each code
 * ("Employer – face to face") instead. Either is accepted: case, spacing and the kind of dash or apostrophe
 * do not matter. Anything else is passed on unchanged, so the record schema names it as an unknown code.
 */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const lookups = new WeakMap<CodeList, Map<string, string>>();

/** Normalised code or label → code. Built once per list; a label never shadows another list entry's code. */
export function codeLookup(list: CodeList): Map<string, string> {
  let lookup = lookups.get(list);
  if (!lookup) {
    lookup = new Map();
    for (const code of list.values) {
      const label = list.labels[code];
      if (label !== undefined && !lookup.has(normalise(label))) lookup.set(normalise(label), code);
    }
    for (const code of list.values) lookup.set(normalise(code), code);
    lookups.set(list, lookup);
  }
  return lookup;
}

/** The code `text` stands for (itself, another case of it, or its label), else `text` unchanged. */
export function resolveCode(list: CodeList, text: string): string {
  if (Object.hasOwn(list.labels, text)) return text;
  return codeLookup(list).get(normalise(text)) ?? text;
}
