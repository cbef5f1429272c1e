import { z } from 'zod';
import type { IsoDate } from './dates';

/**
 * Where a client stands today, derived from the records (never typed in), for the caseload list.
 * Order matters: a discharged client is discharged whatever else is true; someone in work is in work
 * even if the action plan is blank.
 */
export const CASELOAD_STATUS = ['referred', 'engaged', 'job_searching', 'in_work', 'discharged'] as const;
export const caseloadStatusSchema = z.enum(CASELOAD_STATUS);
export type CaseloadStatus = z.infer<typeof caseloadStatusSchema>;

export const CASELOAD_STATUS_LABEL: Record<CaseloadStatus, string> = {
  referred: 'Referred',
  engaged: 'Engaged',
  job_searching: 'Job searching',
  in_work: 'In work',
  discharged: 'Discharged',
};

export interface StatusFacts {
  discharge_date: IsoDate | null;
  vocational_profile_date: IsoDate | null;
  action_plan_date: IsoDate | null;
  /** Some competitive job of the client covers `today`. */
  employedToday: boolean;
  /** Date of the first employer contact made on the client's behalf, if any. */
  firstEmployerContact: IsoDate | null;
}

export function caseloadStatus(f: StatusFacts, today: IsoDate): CaseloadStatus {
  if (f.discharge_date && f.discharge_date <= today) return 'discharged';
  if (f.employedToday) return 'in_work';
  if (f.firstEmployerContact && f.firstEmployerContact <= today) return 'job_searching';
  const engaged = f.vocational_profile_date && f.action_plan_date;
  return engaged ? 'engaged' : 'referred';
}
