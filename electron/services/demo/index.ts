export {
  DEFAULT_DEMO_CLIENTS, DEFAULT_DEMO_FINANCIAL_YEARS, DEMO_CLIENT_ID_PREFIX, DEMO_LABEL, MAX_DEMO_CLIENTS,
  generateDemoData, isDemoClientId, type DemoData, type DemoDataOptions,
} from './generate-demo-data';
