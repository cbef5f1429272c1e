export * from './metric-ids';
export * from './types';
export * from './catalogue';
export { contactFactsFrom, emptyContactFacts, specialistKey, UNKNOWN_SPECIALIST } from './contact-facts';
export { computeReport, toPublicMetric, toPublicMetrics } from './report';
export { explainClient, CLIENT_LEVEL_METRICS, type ClientExplanation, type ExplainInput } from './explain';
export * from './data-quality';
export { clientPreferenceShare } from './metrics/fidelity';
export { hoursBand, type HoursBand, type MilestoneWeeks } from './sustainment';
