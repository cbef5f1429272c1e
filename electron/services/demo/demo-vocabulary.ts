import type { Job } from '../../../shared/records';

/**
 * Words the demo generator builds people, teams and employers from. Given names are ordinary; family
 * names are all plainly invented ("Exampleton", "Testbury") so nobody can mistake a demo client, or a demo
 * specialist, for a real person. Employers are generic place + trade names.
 */
export const FEMALE_GIVEN_NAMES = [
  'Aisha', 'Amelia', 'Bethany', 'Chloe', 'Deborah', 'Eleanor', 'Fatima', 'Grace', 'Hannah', 'Imogen',
  'Jasmine', 'Karen', 'Leah', 'Maria', 'Niamh', 'Olivia', 'Priya', 'Rachel', 'Sophie', 'Tanya',
  'Victoria', 'Wendy', 'Yasmin', 'Zara', 'Joanne', 'Shanice', 'Agnieszka', 'Mei', 'Rosa', 'Siobhan',
] as const;

export const MALE_GIVEN_NAMES = [
  'Aaron', 'Ben', 'Callum', 'Daniel', 'Ethan', 'Farid', 'George', 'Harry', 'Imran', 'Jack',
  'Kwame', 'Liam', 'Mohammed', 'Nathan', 'Oliver', 'Patrick', 'Reece', 'Samuel', 'Tomasz', 'Umar',
  'Vikram', 'William', 'Connor', 'Dylan', 'Gareth', 'Kieran', 'Lewis', 'Marcus', 'Owen', 'Ryan',
] as const;

export const NEUTRAL_GIVEN_NAMES = ['Alex', 'Charlie', 'Jamie', 'Jordan', 'Morgan', 'Robin', 'Sam', 'Sky', 'Taylor', 'Riley'] as const;

export const FICTIONAL_FAMILY_NAMES = [
  'Example', 'Sample', 'Testperson', 'Demo', 'Placeholder', 'Madeup', 'Fictional', 'Specimen', 'Mockford', 'Exampleton',
  'Samplewood', 'Testbury', 'Demoworth', 'Mockley', 'Dummyfield', 'Trialby', 'Pretendon', 'Inventley', 'Notreal', 'Testwick',
  'Samplesby', 'Examplewood', 'Demoshaw', 'Mockingham', 'Fakeley', 'Testcombe', 'Sampleton', 'Exampleby', 'Demoville', 'Imaginary',
] as const;

export const STAFF_GIVEN_NAMES = [
  'Gemma', 'Rob', 'Nadia', 'Stuart', 'Helen', 'Tariq', 'Claire', 'Dev', 'Lucy', 'Martin',
  'Sarah', 'Kofi', 'Emma', 'Paul', 'Ruth', 'Adam', 'Jess', 'Mark', 'Anita', 'Chris',
] as const;

/** Referring community mental health teams. */
export const TEAMS = [
  'North East CMHT', 'North West CMHT', 'South CMHT', 'Central CMHT', 'Early Intervention in Psychosis Team',
  'Recovery and Rehabilitation Team',
] as const;

export const PLACES = [
  'Northgate', 'Riverside', 'Meadowbank', 'Oakfield', 'Hillcrest', 'Brookside', 'Kingsway', 'Millbrook',
  'Station Road', 'Market Square', 'Westfield', 'Ashcroft',
] as const;

type Sector = NonNullable<Job['sector']>;
type Soc = NonNullable<Job['soc_major_group']>;

/** A kind of workplace: the sector it is in and the roles it offers (with their SOC 2020 major group). */
export interface BusinessKind {
  readonly name: string;
  readonly sector: Sector;
  readonly roles: readonly (readonly [title: string, soc: Soc])[];
}

export const BUSINESS_KINDS: readonly BusinessKind[] = [
  { name: 'Café', sector: 'hotels_restaurants', roles: [['Kitchen assistant', '9'], ['Waiting staff', '9'], ['Cook', '5']] },
  { name: 'Bakery', sector: 'manufacturing', roles: [['Bakery operative', '8'], ['Baker', '5'], ['Packer', '9']] },
  { name: 'Supermarket', sector: 'wholesale_retail', roles: [['Customer assistant', '7'], ['Night replenishment', '9'], ['Checkout operator', '7']] },
  { name: 'Hotel', sector: 'hotels_restaurants', roles: [['Housekeeper', '9'], ['Receptionist', '4'], ['Porter', '9']] },
  { name: 'Care Home', sector: 'health_social_work', roles: [['Care assistant', '6'], ['Domestic assistant', '9'], ['Activities coordinator', '6']] },
  { name: 'Garden Centre', sector: 'wholesale_retail', roles: [['Garden centre assistant', '7'], ['Grounds maintenance worker', '5']] },
  { name: 'Logistics', sector: 'transport_communication', roles: [['Warehouse operative', '9'], ['Forklift driver', '8'], ['Delivery driver', '8']] },
  { name: 'Print Works', sector: 'manufacturing', roles: [['Print finisher', '8'], ['Graphic designer', '3']] },
  { name: 'Leisure Centre', sector: 'other_community_services', roles: [['Leisure assistant', '6'], ['Lifeguard', '6'], ['Receptionist', '4']] },
  { name: 'Cleaning Services', sector: 'other_business_services', roles: [['Office cleaner', '9'], ['Cleaning team leader', '6']] },
  { name: 'Builders Merchant', sector: 'construction', roles: [['Yard operative', '9'], ['Labourer', '9'], ['Trade counter assistant', '7']] },
  { name: 'Council Offices', sector: 'public_administration', roles: [['Administrative assistant', '4'], ['Customer service adviser', '7']] },
  { name: 'Primary School', sector: 'education', roles: [['Teaching assistant', '6'], ['Midday supervisor', '6'], ['Caretaker', '6']] },
  { name: 'Accountants', sector: 'financial_services', roles: [['Accounts assistant', '4'], ['Data entry clerk', '4']] },
  { name: 'Water Services', sector: 'utilities', roles: [['Meter reader', '9'], ['Customer service adviser', '7']] },
  { name: 'IT Support', sector: 'other_business_services', roles: [['IT support technician', '3'], ['Software tester', '2']] },
  { name: 'Bike Workshop', sector: 'other', roles: [['Bike mechanic', '5']] },
  { name: 'Call Centre', sector: 'other_business_services', roles: [['Call handler', '7']] },
  { name: 'Bus Depot', sector: 'transport_communication', roles: [['Bus driver', '8'], ['Vehicle cleaner', '9']] },
  { name: 'Charity Shop', sector: 'wholesale_retail', roles: [['Shop manager', '1'], ['Sales assistant', '7']] },
];

/** Trades people set up in on their own; the employer name is "<family name> <business>". */
export const SELF_EMPLOYED_TRADES: readonly { title: string; business: string; sector: Sector; soc: Soc }[] = [
  { title: 'Dog walker', business: 'Dog Walking', sector: 'other_community_services', soc: '6' },
  { title: 'Gardener', business: 'Gardening', sector: 'other', soc: '5' },
  { title: 'Photographer', business: 'Photography', sector: 'other_business_services', soc: '3' },
  { title: 'Market trader', business: 'Market Stall', sector: 'wholesale_retail', soc: '7' },
  { title: 'Illustrator', business: 'Illustration', sector: 'other_business_services', soc: '3' },
  { title: 'Window cleaner', business: 'Window Cleaning', sector: 'other_community_services', soc: '9' },
];

/** Sheltered (non-competitive) placements: never counted as job outcomes (DOMAIN §2 Job.competitive). */
export const SHELTERED_SETTINGS: readonly { business: string; title: string; sector: Sector }[] = [
  { business: 'Clubhouse', title: 'Clubhouse work unit member', sector: 'other_community_services' },
  { business: 'Social Firm Café', title: 'Café worker', sector: 'hotels_restaurants' },
  { business: 'Community Jobs Programme', title: 'Community project worker', sector: 'other_community_services' },
];

/** Free-text discharge reasons, beside the suggested codes (DOMAIN §6 allows both). */
export const FREE_TEXT_DISCHARGE_REASONS = [
  'Admitted to hospital; can be re-referred when ready',
  'Chose to focus on caring responsibilities',
] as const;
