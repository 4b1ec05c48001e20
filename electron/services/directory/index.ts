export { getAnswer, getShop, listDirectory } from './queries';
export { saveAnswer, saveShop, voidAnswer, voidShop } from './records';
