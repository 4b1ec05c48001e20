import type { HandoverSection } from '../section';
import { callsSection } from './calls';
import { receptionSection } from './reception';

/** Every module's contribution to the handover sheet, in the order printed. One import and one entry per module. */
export const handoverSections: HandoverSection[] = [receptionSection, callsSection];
