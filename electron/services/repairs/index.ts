export { createOrder, orderPrinted, REPAIR_SERIAL_PREFIX, updateOrder, voidOrder } from './orders';
export { getOrder, getOrderDetail, listEvents, listOrders, repairCounts } from './queries';
export { getRepairSettings, saveRepairSettings } from './settings';
export { arriveOrder, closeOrder, completeOrder, dispatchOrder, followUpOrder } from './steps';
export { listTeams, saveTeam } from './teams';
