export { listLocations, saveLocation } from './locations';
export { pickUpGoods, pickUpGoodsOffThread, unlockSlip } from './pickup';
export { findSlips, getSlip, listSlips, storageAttention, storageHandoverSummary } from './queries';
export { closingTimeToday, getStorageSettings, nextClosingTime, saveStorageSettings } from './settings';
export { depositGoods, newClaimOffThread, recordSlipPrint, transferSlip, updateSlip, voidSlip } from './slips';
