import type { ReportSection } from '../section';
import { callsReport } from './calls';
import { complaintsReport } from './complaints';
import { invoicesReport } from './invoices';
import { receptionReport } from './reception';
import { returnsReport } from './returns';
import { storageReport } from './storage';

/** Every module's contribution to the reports, in the order of the per-day table and of the printout. */
export const reportSections: ReportSection[] = [
  receptionReport,
  callsReport,
  storageReport,
  invoicesReport,
  returnsReport,
  complaintsReport,
];
