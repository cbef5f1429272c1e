import type { FidelityInstrument, FidelityItem, SainsburyItemId } from './instrument-types';

/**
 * Sainsbury Centre / NHS Confederation KPIs, section C "Service effectiveness and quality" (seed 003): the
 * item headings and anchor texts are the seed's own words. Items 1–6 are scored 1 (poor) to 5 (good),
 * items 7–8 (audit) 0 to 3. The seed gives no bands, so the instrument has a total only.
 */

function item(number: number, shortTitle: string, title: string, description: string, levels: readonly string[]): FidelityItem {
  const min = levels.length === 5 ? 1 : 0;
  return {
    id: `sainsbury:${number}` as SainsburyItemId,
    instrument: 'sainsbury_c',
    number,
    section: null,
    title,
    shortTitle,
    description,
    min,
    max: min + levels.length - 1,
    levels: levels.map((text, i) => ({ score: min + i, text })),
  };
}

const ITEMS: readonly FidelityItem[] = [
  item(
    1,
    'Targeted at paid employment',
    'Local specialist employment provider is targeted towards finding paid employment',
    'How firmly the provider holds open, paid employment as the goal for every client, and whether it reports its competitive employment rates.',
    [
      'Provider demonstrates weak interest in targeting open employment as the primary goal',
      'Provider demonstrates some interest in targeting open employment as the primary goal, but no strong commitment',
      'Provider demonstrates moderate interest in targeting open employment as the primary goal, but no strong or consistent commitment',
      'Provider demonstrates reasonably strong interest in targeting open employment as the primary goal, but some variability or inconsistency',
      'Provider demonstrates consistently strong interest in targeting open employment as the primary goal, at all stages of the process. Measurements of rates of competitive employment achieved are reported on at least a quarterly basis',
    ],
  ),
  item(
    2,
    'Employer contacts follow client preference',
    'Local specialist employment provider is targeted towards finding paid employment consistent with user preference',
    'How often specialists approach employers because of the client’s preferences and strengths rather than because a vacancy happens to be open.',
    [
      'Employment specialists seldom (<10%) make contact with employers based on client’s preferences and strengths, rather than availability of positions in local job market',
      'Employment specialists occasionally (<25%) make contact with employers based on client’s preferences and strengths, rather than availability of positions in local job market',
      'Employment specialists make contact with employers based on client’s preferences and strengths around 50% of the time, otherwise determined by availability of positions in local job market',
      'Employment specialists make contact with employers based on client’s preferences and strengths around 75% of the time',
      'Employment specialists always make contact with employers based on client’s preferences and strengths',
    ],
  ),
  item(
    3,
    'Active job search within 4 weeks',
    'Local specialist employment provider undertakes active job search within 4 weeks of first contact',
    'How soon after entering the service a client’s specialist first meets an employer face to face about a competitive job, on average.',
    [
      'First face-to-face contact with an employer about a competitive job is on average 9 months or more after programme entry',
      'First face-to-face contact with an employer about a competitive job is on average 5-9 months after programme entry',
      'First face-to-face contact with an employer about a competitive job is on average 2-5 months after programme entry',
      'First face-to-face contact with an employer about a competitive job is on average 1-2 months after programme entry',
      'First face-to-face contact with an employer about a competitive job is on average within 1 month after programme entry',
    ],
  ),
  item(
    4,
    'Employment-related benefits advice',
    'Local provider provides up-to-date employment related benefits advice',
    'How far the service makes sure each client gets up-to-date advice on how work affects their benefits, before and after starting a job.',
    [
      'Up-to-date employment related benefits advice is not available to most service users',
      'Employment specialist gives information about where to access employment related benefits advice.',
      'Employment specialist gives information about where to access employment related benefits advice and discusses individual needs with client',
      'Employment specialist gives information about where to access employment related benefits advice, discusses individual needs and arranges appointment with expert adviser prior to commencing employment',
      'Employment specialist gives information about where to access employment related benefits advice, discusses individual needs and arranges appointment with expert adviser prior to commencing employment. They also continually review client’s benefit position and provide direct help where necessary with reporting to HM Revenue and Customs, housing agencies, etc.',
    ],
  ),
  item(
    5,
    'Working with health and social care',
    'Evidence of effective working relationships between local provider and local health and social care services',
    'How closely specialists are part of the mental health teams their clients come from: attachment, referral meetings, shared records and a shared base.',
    [
      'Employment specialists work independently from mental health treatment teams',
      'Employment specialists are attached to 3 or more mental health teams, OR are attached to teams from which less than 50% of their caseload is drawn',
      'Employment specialists are attached to 1-2 mental health teams from which 50-74% of their caseload is drawn. Employment specialists attend referral meetings and share decision-making',
      'Employment specialists are attached to 1-2 mental health teams from which almost all (80-90%) of their caseload is drawn. Employment specialists attend referral meetings, share decision-making, and contribute to same clinical records',
      'Employment specialists are attached to 1-2 mental health teams from which all of their caseload is drawn. Employment specialists attend referral meetings, share decision-making, contribute to same clinical records and are physically co-located',
    ],
  ),
  item(
    6,
    'Working with Jobcentre Plus',
    'Evidence of effective working relationships between the local provider and local Jobcentre Plus offices, e.g. identified link worker, regular contact over individual clients, etc',
    'How often specialists and Jobcentre Plus staff talk about shared clients and referrals, and whether they hold planned meetings.',
    [
      'Employment specialists and Jobcentre Plus (JCP) staff have client-related contacts (not face-to-face) less than quarterly to discuss shared clients and referrals, OR employment specialists have no contact with JCP staff',
      'Employment specialists and JCP staff have client-related contacts at least quarterly to discuss shared clients and referrals',
      'Employment specialists and JCP staff have client-related contacts monthly to discuss shared clients and referrals',
      'Employment specialists and JCP staff have planned meetings to review client-related contacts at least quarterly and contacts approximately fortnightly to discuss shared clients and referrals',
      'Employment specialists and JCP staff have planned meetings to review client-related contacts at least quarterly and weekly contacts to discuss shared clients and referrals',
    ],
  ),
  item(
    7,
    'Audit against a fidelity scale',
    'Evidence of effective use of audit by the local specialist employment provider to improve service effectiveness using recognised fidelity scale',
    'Whether the service has audited itself against a recognised fidelity scale in the last 12 months, and acted on it.',
    [
      'No audit in last 12 months',
      'Audit carried out in last 12 months',
      'Clear action plan developed and key priorities identified',
      'Significant progress regarding at least one key development priority',
    ],
  ),
  item(
    8,
    'Audit of client feedback',
    'Evidence of effective use of audit by the local specialist employment provider to improve service quality by seeking direct feedback from clients',
    'Whether the service has sought clients’ own feedback in an audit in the last 12 months, and acted on it.',
    [
      'No audit in last 12 months',
      'Audit carried out in last 12 months',
      'Clear action plan developed on basis of audit and key priorities identified',
      'Significant progress regarding at least one priority',
    ],
  ),
];

export const SAINSBURY_C: FidelityInstrument = {
  id: 'sainsbury_c',
  title: 'Sainsbury Centre section C: service effectiveness and quality',
  shortTitle: 'Sainsbury Centre C',
  source:
    'Sainsbury Centre for Mental Health / NHS Confederation, Key Performance Indicators, section C (based on the IPS fidelity scale, Bond et al. 1997)',
  scoreNote: 'Items 1 to 6 are scored from 1 (poor) to 5 (good); items 7 and 8 from 0 to 3. The total runs from 6 to 36.',
  items: ITEMS,
  sections: [],
  bands: [],
};
