import { z } from 'zod';
import { CONTRACT_TYPE, EVIDENCE, SECTOR, SOC_MAJOR_GROUP } from '../codes';
import { optionalCode, optionalDate, optionalText, positiveNumber, requiredCode, requiredDate, requiredText, yesNo } from './fields';

export const MAX_HOURS_PER_WEEK = 100;

export const jobFieldsSchema = z.object({
  job_id: requiredText('Job ID', 50),
  client_id: requiredText('Client ID', 50),
  employer: optionalText('Employer', 200),
  job_title: optionalText('Job title', 200),
  start_date: requiredDate('Start date'),
  four_hours_confirmed: yesNo('Four paid hours confirmed'),
  end_date: optionalDate('End date'),
  hours_per_week: positiveNumber('Hours per week', MAX_HOURS_PER_WEEK),
  contract_type: requiredCode(CONTRACT_TYPE, 'Contract type'),
  competitive: yesNo('Competitive employment', true),
  sector: optionalCode(SECTOR, 'Sector'),
  soc_major_group: optionalCode(SOC_MAJOR_GROUP, 'SOC major group'),
  evidence: optionalCode(EVIDENCE, 'Evidence'),
});

export const jobSchema = jobFieldsSchema.superRefine((j, ctx) => {
  if (j.end_date && j.end_date < j.start_date) {
    ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'End date must be on or after the start date' });
  }
});

export type JobInput = z.input<typeof jobSchema>;
export type Job = z.output<typeof jobSchema>;
