import type { FidelityInstrument, FidelityItem, Ips25ItemId, Ips25Section, ScoreBand } from './instrument-types';

/**
 * The IPS-25 Supported Employment Fidelity Scale as IPS Desk presents it (DOMAIN §7): 25 items in three
 * sections, each scored 1 to 5, total 25 to 125. Names and the facts behind levels 5 and 1 come from
 * DOMAIN's table; the level texts are IPS Desk's own words (not the published manual's), and where DOMAIN
 * gives no figures for the middle levels they describe the steps between the two ends in plain terms.
 */

type Levels = readonly [one: string, two: string, three: string, four: string, five: string];

function item(number: number, section: Ips25Section, title: string, shortTitle: string, description: string, levels: Levels): FidelityItem {
  return {
    id: `ips25:${number}` as Ips25ItemId,
    instrument: 'ips25',
    number,
    section,
    title,
    shortTitle,
    description,
    min: 1,
    max: 5,
    levels: levels.map((text, i) => ({ score: i + 1, text })),
  };
}

/** For items judged on how many of a list of practices are in place. */
const PRACTICES: Levels = [
  'One of these practices or none.',
  'Two of them, but not done regularly.',
  'Two of them, done regularly.',
  'All but one of them, done regularly.',
  'All of them, done regularly.',
];

const STAFFING: readonly FidelityItem[] = [
  item(1, 'staffing', 'Caseload size', 'Caseload size',
    'Active clients carried by each full-time employment specialist.',
    ['41 or more active clients per full-time specialist.', '31 to 40 per full-time specialist.', '26 to 30 per full-time specialist.',
      '21 to 25 per full-time specialist.', '20 or fewer per full-time specialist.']),
  item(2, 'staffing', 'Employment services staff', 'Time on employment work',
    'How much of the specialists’ working time goes on employment work rather than case management, groups or other duties.',
    ['Under 60 % of their time is employment work.', 'At least 60 %, but other duties take a large share of the week.',
      'Most of their time, with other duties every week.', 'Nearly all of their time, with only small other duties.',
      '96 % or more of their time is employment work.']),
  item(3, 'staffing', 'Vocational generalists', 'Generalist specialists',
    'Whether each specialist carries a client through every phase: engagement, assessment, job search, job start and support in work.',
    ['Specialists only refer clients on to other services.', 'Each specialist covers one or two phases; the rest are handed on.',
      'Each covers about half of the phases.', 'Each covers nearly every phase; one is handed to someone else.',
      'Each specialist covers every phase, from intake to support in work.']),
];

const ORGANISATION: readonly FidelityItem[] = [
  item(4, 'organisation', 'Integration through team assignment', 'Team assignment',
    'Whether specialists are attached to one or two mental health teams that supply their clients.',
    ['A separate vocational programme, not attached to any mental health team.',
      'Attached to many teams, or to teams that supply little of the caseload.',
      'Attached to one or two teams, but a large part of the caseload comes from elsewhere.',
      'Attached to one or two teams that supply most, but under 90 %, of the caseload.',
      'Attached to one or two mental health teams that supply 90 % or more of the caseload.']),
  item(5, 'organisation', 'Integration through frequent team contact', 'Frequent team contact',
    'How closely specialists work with the clinical team: weekly team meetings, decisions about clients made together, the same client record, and working from the same base.',
    PRACTICES),
  item(6, 'organisation', 'Collaboration with employment/benefits agencies (UK: Jobcentre Plus)', 'Jobcentre Plus collaboration',
    'How often specialists and Jobcentre Plus (or other employment and benefits agency) staff meet and talk about shared clients.',
    ['No contact, or contact less often than quarterly.', 'Contact about quarterly, without planned meetings.',
      'Planned meetings about quarterly, with some contact in between.', 'Planned meetings most months and regular contact about shared clients.',
      'Planned meetings monthly or more often, and frequent contact about shared clients.']),
  item(7, 'organisation', 'Vocational unit', 'Vocational unit',
    'Whether the specialists work as a unit with a leader, meet as a group and cover for each other.',
    ['No vocational unit: specialists work on their own.', 'Specialists are loosely grouped but rarely meet.',
      'A unit that meets now and then, with little shared cover.', 'A unit with a leader, group supervision most weeks and some shared cover.',
      'Two or more specialists and a leader, weekly group supervision, and cover for each other’s clients.']),
  item(8, 'organisation', 'Role of the employment supervisor', 'Employment supervisor',
    'Whether one leader supervises no more than ten specialists and does the supervisor’s main jobs: regular supervision, mentoring in the field and reviewing outcomes with the team.',
    PRACTICES),
  item(9, 'organisation', 'Zero exclusion', 'Zero exclusion',
    'Whether everyone who wants to work can join, without being screened for “readiness”, symptoms, substance use or history.',
    ['People are routinely screened out before they can start.', 'Many people are screened out by readiness rules.',
      'Some referral rules screen people out.', 'Everyone is eligible on paper, but a few are steered away.',
      'Anyone who wants work is eligible; nobody is screened for readiness.']),
  item(10, 'organisation', 'Agency focus on competitive employment', 'Focus on competitive work',
    'How strongly the wider mental health service promotes paid work: asking about work at intake, telling success stories, sharing outcome figures and similar.',
    ['One such practice or none.', 'Two, used now and then.', 'A few, used regularly.', 'Several, used regularly.', 'Many, used throughout the service.']),
  item(11, 'organisation', 'Executive team support', 'Executive support',
    'Whether senior leaders back the service: they take part, use fidelity reviews for quality assurance, name a champion and share goals for employment.',
    PRACTICES),
];

const SERVICES: readonly FidelityItem[] = [
  item(12, 'services', 'Work incentives (benefits) planning', 'Benefits planning',
    'Whether every client is offered personal advice on how work will affect their benefits before they start a job.',
    ['Not offered.', 'Rarely offered, and only general information.', 'Offered to some clients, or general information only.',
      'Offered to most clients before they start work.', 'Everyone is offered personal benefits advice before starting work.']),
  item(13, 'services', 'Disclosure', 'Disclosure',
    'Whether clients make an informed choice about what, if anything, to tell employers about their condition.',
    ['Not discussed.', 'Rarely discussed, or the service decides for the client.', 'Sometimes discussed.',
      'Usually discussed, with the choice left to the client.', 'Every client is helped to weigh the pros and cons and chooses for themselves.']),
  item(14, 'services', 'Ongoing, work-based vocational assessment', 'Work-based assessment',
    'Whether assessment comes from real work and goes on throughout, rather than from tests before a job.',
    ['Only tests and work samples before a job.', 'Mostly assessment before a job.', 'A mix of learning from jobs and assessment before a job.',
      'Mostly ongoing and learned from real jobs, with some formal tests.', 'Ongoing throughout, and learned from real jobs.']),
  item(15, 'services', 'Rapid job search', 'Rapid job search',
    'Days from entry to the service to the first face-to-face contact with an employer, on average.',
    ['271 days or more on average.', '151 to 270 days.', '61 to 150 days.', '31 to 60 days.', '30 days or fewer.']),
  item(16, 'services', 'Individualised job search', 'Individualised job search',
    'Whether employer contacts follow each client’s preferences, strengths and experience rather than whichever jobs are open.',
    ['Under one contact in ten follows the client’s preferences: mostly led by what jobs are available.', 'At least one in ten.',
      'At least half.', 'At least three in four.', 'All employer contacts follow the client’s preferences.']),
  item(17, 'services', 'Job development: frequent employer contact', 'Frequent employer contact',
    'Face-to-face contacts with employers per full-time specialist per week.',
    ['Fewer than 2 a week.', '2 or more, under 3.', '3 or more, under 5.', '5 or more, under 6.', '6 or more a week.']),
  item(18, 'services', 'Job development: quality of employer contact', 'Quality of employer contact',
    'Whether specialists build relationships with employers over several visits and learn what each employer needs.',
    ['Little or no relationship with employers.', 'Mostly one-off contacts about vacancies.', 'Some repeat contact, mostly about particular jobs.',
      'Usually repeat visits, learning something of the employer’s needs.', 'Repeat visits that learn each employer’s needs and offer what the service can do.']),
  item(19, 'services', 'Diversity of job types', 'Diversity of job types',
    'Share of the jobs clients obtain that are of different kinds.',
    ['Under 50 % are different kinds of job.', '50 % or more, under 60 %.', '60 % or more, under 70 %.', '70 % or more, under 85 %.', '85 % or more.']),
  item(20, 'services', 'Diversity of employers', 'Diversity of employers',
    'Share of the jobs clients obtain that are with different employers.',
    ['Under 50 % are with different employers.', '50 % or more, under 60 %.', '60 % or more, under 70 %.', '70 % or more, under 85 %.', '85 % or more.']),
  item(21, 'services', 'Competitive jobs', 'Competitive jobs',
    'Share of the jobs clients obtain that are competitive: open to anyone, paid at least the minimum wage, not set aside for disabled people.',
    ['Under 65 % are competitive.', '65 % or more, under 75 %.', '75 % or more, under 85 %.', '85 % or more, under 95 %.', '95 % or more.']),
  item(22, 'services', 'Individualised follow-along supports', 'Individualised support in work',
    'Whether support in work is shaped to each person and their job.',
    ['Little or no support in work.', 'Little support, the same for everyone.', 'Some tailoring, but much the same for everyone.',
      'Mostly tailored to the person and the job.', 'Varied support, tailored to each person and job.']),
  item(23, 'services', 'Time-unlimited follow-along supports', 'Time-unlimited support',
    'Whether support carries on after a job start for as long as it helps.',
    ['Support stops soon after the job starts.', 'Support for a few weeks after the start.', 'Support for a few months after the start.',
      'Most of the pattern below, with gaps.', 'Contact before and soon after the start, weekly in the first month, then at least monthly for a year or more.']),
  item(24, 'services', 'Community-based services', 'Community-based work',
    'Share of specialists’ time spent out in the community rather than in the office.',
    ['30 % of their time or less.', 'More than 30 %, under half.', 'About half of their time.', 'Most of their time, but under 65 %.', '65 % of their time or more.']),
  item(25, 'services', 'Assertive engagement and outreach', 'Assertive outreach',
    'Whether the service keeps reaching out to clients who stop coming, with the clinical team, rather than closing their case.',
    ['Cases are closed for missed appointments, with no outreach.', 'Little outreach before a case is closed.',
      'Some outreach, not always with the team or written down.', 'Usually outreach with the team, mostly written down.',
      'No case is closed for missed appointments; outreach is done with the clinical team and written down.']),
];

export type Ips25BandKey = 'exemplary' | 'good' | 'fair' | 'not_ips';

/** DOMAIN §7 bands, highest first. */
export const IPS25_BANDS: readonly ScoreBand<Ips25BandKey>[] = [
  { key: 'exemplary', label: 'Exemplary fidelity', min: 115, max: 125 },
  { key: 'good', label: 'Good fidelity', min: 100, max: 114 },
  { key: 'fair', label: 'Fair fidelity', min: 74, max: 99 },
  { key: 'not_ips', label: 'Not IPS', min: 25, max: 73 },
];

export const IPS25: FidelityInstrument = {
  id: 'ips25',
  title: 'IPS-25 Supported Employment Fidelity Scale',
  shortTitle: 'IPS-25',
  source: 'IPS-25 Supported Employment Fidelity Scale (thresholds as in the 2008 scale); level texts are IPS Desk’s summaries',
  scoreNote: 'Every item is scored from 1 to 5. The total runs from 25 to 125: 115 to 125 exemplary, 100 to 114 good, 74 to 99 fair, 73 or less not IPS.',
  items: [...STAFFING, ...ORGANISATION, ...SERVICES],
  sections: [
    { id: 'staffing', title: 'Staffing' },
    { id: 'organisation', title: 'Organisation' },
    { id: 'services', title: 'Services' },
  ],
  bands: IPS25_BANDS,
};
