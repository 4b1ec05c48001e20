import type { Random } from './random';

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const givenChars =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯鑫晨婷雪琳欣怡子涵梓轩一诺雨桐佳俊博宏志远思彤梦瑶晓峰海燕春梅建华秋月家豪嘉怡天佑若曦';
const mobilePrefixes = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '177',
  '180',
  '186',
  '187',
  '188',
  '189',
  '199',
];

export interface Customer {
  name: string;
  phone: string;
}

export function chineseName(rng: Random): string {
  const surname = rng.pick([...surnames]);
  const length = rng.chance(0.7) ? 2 : 1;
  let given = '';
  for (let i = 0; i < length; i++) given += rng.pick([...givenChars]);
  return surname + given;
}

export function mobilePhone(rng: Random): string {
  return rng.pick(mobilePrefixes) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

/**
 * Customers who come back: a pool of regulars is drawn often (customer history gets depth), everyone else
 * is new. Regulars are a small share of people but a large share of visits, as at a real desk.
 */
export class CustomerPool {
  private readonly regulars: Customer[] = [];

  constructor(
    private readonly rng: Random,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.regulars.push({ name: chineseName(rng), phone: mobilePhone(rng) });
  }

  next(): Customer {
    if (this.rng.chance(0.3)) {
      // Squared draw: a few regulars are very frequent, most only occasional.
      const r = this.rng.next();
      return this.regulars[Math.floor(r * r * this.regulars.length)] as Customer;
    }
    return { name: chineseName(this.rng), phone: mobilePhone(this.rng) };
  }
}
