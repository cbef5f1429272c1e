import { describe, expect, it } from 'vitest';
import { contactFactsFrom } from '../../../shared/outcomes/contact-facts';
import { contact } from './helpers';

describe('contactFactsFrom (the aggregate the database layer reproduces in SQL)', () => {
  const P = { start: '2025-04-01', end: '2026-03-31' };
  const contacts = [
    contact({ date: '2025-03-01', kind: 'employer_face_to_face', client_id: 'A', specialist: 'Sam' }), // before P: FEC only
    contact({ date: '2025-05-01', kind: 'employer_face_to_face', client_id: 'A', specialist: 'Sam' }),
    contact({ date: '2025-05-02', kind: 'employer_face_to_face', specialist: '  ' }), // no client, blank specialist
    contact({ date: '2025-05-03', kind: 'employer_other', client_id: 'A', client_preference_based: 'yes' }),
    contact({ date: '2025-05-04', kind: 'employer_other', client_preference_based: 'no' }),
    contact({ date: '2025-09-01', kind: 'employer_face_to_face', client_id: 'B', specialist: 'Alex', client_preference_based: 'yes' }),
    contact({ date: '2025-06-01', kind: 'client_face_to_face', client_id: 'A' }),
    contact({ date: '2025-08-01', kind: 'client_other', client_id: 'A' }),
    contact({ date: '2025-10-01', kind: 'client_face_to_face', client_id: 'B' }),
  ];

  it('as of the end of the period', () => {
    expect(contactFactsFrom(contacts, P, '2026-06-30')).toEqual({
      firstEmployerF2F: { A: '2025-03-01', B: '2025-09-01' },
      lastClientContact: { A: '2025-08-01', B: '2025-10-01' },
      employerF2FInPeriod: { total: 3, bySpecialist: { Sam: 1, unknown: 1, Alex: 1 } },
      // Marked yes or no only: the two `unknown` face-to-face contacts are in neither count.
      employerContactsPreference: { marked: 3, preferenceBased: 2 },
    });
  });

  it('as of a date inside the period: nothing after it counts', () => {
    expect(contactFactsFrom(contacts, P, '2025-07-31')).toEqual({
      firstEmployerF2F: { A: '2025-03-01' },
      lastClientContact: { A: '2025-06-01' },
      employerF2FInPeriod: { total: 2, bySpecialist: { Sam: 1, unknown: 1 } },
      employerContactsPreference: { marked: 2, preferenceBased: 1 },
    });
  });
});
