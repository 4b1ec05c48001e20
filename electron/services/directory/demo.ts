import type { ServiceContext } from '../context';
import { saveAnswer, saveShop } from './records';

type DemoShop = Omit<Parameters<typeof saveShop>[2], 'id' | 'note'>;

/** The demo mall's shops, with what the desk tells customers: the one shop list that settings shows too. */
export const demoDirectoryShops: DemoShop[] = [
  {
    name: '优衣库',
    category: 'fashion',
    floor: '1F',
    unitNo: 'L1-01',
    phone: '021-66082101',
    opensAt: '10:00',
    closesAt: '22:00',
  },
  {
    name: '星巴克',
    category: 'food',
    floor: '1F',
    unitNo: 'L1-05',
    phone: '021-66082105',
    opensAt: '07:30',
    closesAt: '22:00',
  },
  {
    name: '周大福',
    category: 'jewellery',
    floor: '1F',
    unitNo: 'L1-08',
    phone: '021-66082108',
    opensAt: '10:00',
    closesAt: '22:00',
  },
  {
    name: '屈臣氏',
    category: 'beauty',
    floor: '1F',
    unitNo: 'L1-12',
    phone: '021-66082112',
    opensAt: '10:00',
    closesAt: '22:00',
  },
  {
    name: '苏宁易购',
    category: 'electronics',
    floor: '2F',
    unitNo: 'L2-03',
    phone: '021-66082203',
    opensAt: '10:00',
    closesAt: '21:30',
  },
  {
    name: '安踏',
    category: 'sports',
    floor: '2F',
    unitNo: 'L2-10',
    phone: '021-66082210',
    opensAt: '10:00',
    closesAt: '22:00',
  },
  { name: '名创优品', category: 'other', floor: '2F', unitNo: 'L2-15', phone: '', opensAt: '10:00', closesAt: '22:00' },
  {
    name: '海底捞',
    category: 'food',
    floor: '4F',
    unitNo: 'L4-01',
    phone: '021-66082401',
    opensAt: '10:30',
    closesAt: '02:00',
  },
  {
    name: '万达影城',
    category: 'entertainment',
    floor: '5F',
    unitNo: 'L5-01',
    phone: '021-66082501',
    opensAt: '09:30',
    closesAt: '01:00',
  },
  {
    name: '永辉超市',
    category: 'supermarket',
    floor: 'B1',
    unitNo: 'B1-01',
    phone: '021-66082001',
    opensAt: '08:30',
    closesAt: '22:00',
  },
];

/** The four questions a mall desk hears all day, with text a clerk may read out or copy. */
export const demoDirectoryAnswers = [
  {
    title: '营业时间',
    keywords: '几点开门 几点关门 营业 打烊',
    body: '星河广场营业时间为每天 10:00–22:00；B1 永辉超市 8:30 开门，四楼餐饮与五楼影城营业至次日凌晨，以各商户公示为准。',
  },
  {
    title: '停车收费',
    keywords: '停车场 车位 缴费 免费停车',
    body: '地下停车场在 B2、B3。首小时免费，之后每小时 5 元，当日封顶 40 元；当日购物满 200 元凭小票在服务台可抵 2 小时停车费。扫描车位旁或电梯厅的二维码即可缴费，缴费后 15 分钟内离场。',
  },
  {
    title: '会员办理',
    keywords: '会员卡 积分 注册 办卡',
    body: '在一楼总服务台或「星河广场」微信公众号凭手机号免费注册会员。每消费 1 元积 1 分，当日小票 7 天内可补积分；积分可兑换停车券和礼品。',
  },
  {
    title: '充电宝',
    keywords: '充电 手机没电 借充电宝',
    body: '一楼总服务台可借充电宝：押金 50 元，当天归还全额退还。各楼层电梯厅另有共享充电宝，扫码即可使用。',
  },
];

/** Fills the directory of the demo desk on its first start. */
export function seedDemoDirectory(ctx: ServiceContext): void {
  for (const shop of demoDirectoryShops) saveShop(ctx, null, { id: null, note: '', ...shop });
  for (const answer of demoDirectoryAnswers) saveAnswer(ctx, null, { id: null, ...answer });
}
