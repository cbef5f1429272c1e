import { describe, expect, it } from 'vitest';
import {
  anonymiseButtonText, anonymisedBeforeText, anonymisedText, clientsText, coverageText, dueText, heldBackText, moreText, ruleText, yearsText,
} from '../../../renderer/src/screens/settings/retention/retention-text';

const episode = (client_id: string, discharge_date: string | null) => ({
  id: '00000000-0000-4000-8000-000000000001',
  client_id,
  referral_date: '2012-04-01',
  discharge_date,
});

describe('the retention rule in words', () => {
  it('says the rule as a manager would, with one year and many', () => {
    expect(ruleText(6)).toBe('Anonymise clients discharged more than 6 years ago.');
    expect(ruleText(1)).toBe('Anonymise clients discharged more than 1 year ago.');
    expect(yearsText(30)).toBe('30 years');
    expect(clientsText(1)).toBe('1 client');
    expect(clientsText(1234)).toBe('1,234 clients');
  });

  it('gives the day and the cut-off as dd/mm/yyyy', () => {
    expect(coverageText({ today: '2026-12-01', cutoff: '2020-12-01' })).toBe('Today, 01/12/2026, that means clients discharged before 01/12/2020.');
  });

  it('counts the clients due, and says when the list shows only the first of them', () => {
    expect(dueText(0)).toBe('No client is due to be anonymised today.');
    expect(dueText(1)).toBe('1 client is due to be anonymised today.');
    expect(dueText(12)).toBe('12 clients are due to be anonymised today.');
    expect(anonymiseButtonText(1)).toBe('Anonymise this client');
    expect(anonymiseButtonText(12)).toBe('Anonymise these 12 clients');
    expect(moreText(100)).toBeNull();
    expect(moreText(250)).toBe('The first 100 are listed; all 250 clients are anonymised.');
    expect(anonymisedBeforeText(0)).toBeNull();
    expect(anonymisedBeforeText(1)).toBe('1 client was anonymised before.');
    expect(anonymisedBeforeText(3)).toBe('3 clients were anonymised before.');
  });

  it('says why an episode is kept: the same person’s open or later episode', () => {
    expect(heldBackText({ ...episode('C-1', '2015-01-01'), heldBackBy: episode('C-9', null) })).toBe('C-9, the same person, is still open');
    expect(heldBackText({ ...episode('C-1', '2015-01-01'), heldBackBy: episode('C-9', '2024-03-05') })).toBe('C-9, the same person, was discharged on 05/03/2024');
  });

  it('reports the outcome with the date', () => {
    expect(anonymisedText({ anonymised: 2, on: '2026-12-01' })).toMatch(/^Anonymised 2 clients on 01\/12\/2026\. /);
    expect(anonymisedText({ anonymised: 1, on: '2026-12-01' })).toMatch(/^Anonymised 1 client on 01\/12\/2026\. /);
  });
});
