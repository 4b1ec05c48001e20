import type { HandoverSection } from '../section';
import { callsSection } from './calls';
import { complaintsSection } from './complaints';
import { invoicesSection } from './invoices';
import { receptionSection } from './reception';
import { returnsSection } from './returns';
import { storageSection } from './storage';

/** Every module's contribution to the handover sheet, in the order printed. One import and one entry per module. */
export const handoverSections: HandoverSection[] = [
  receptionSection,
  callsSection,
  storageSection,
  invoicesSection,
  returnsSection,
  complaintsSection,
];
