export { type ClosedHandover, closeHandover } from './close';
export { closingWarnings } from './closing';
export { getHandoverSettings, previewHandover, saveHandoverSettings } from './compile';
export { saveHandoverPdf } from './pdf';
export { getHandover, listHandovers, PRINTED_HASH_LENGTH, recordHandoverPrinted } from './queries';
export type { HandoverSection } from './section';
