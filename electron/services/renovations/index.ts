export {
  applyRenovation,
  approveRenovation,
  inspectRenovation,
  RENOVATION_SERIAL_PREFIX,
  refundRenovation,
  renovationPrinted,
  voidRenovation,
} from './permits';
export { getRenovation, listRenovations, renovationCounts } from './queries';
export { getRenovationSettings, saveRenovationSettings } from './settings';
