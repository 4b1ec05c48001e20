import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelLeaks } from '../helpers/label-leaks';
import { loginWithKeyboard, type RunningApp, screenshotDir, startApp } from './harness';

type Language = 'zh-CN' | 'en';
interface Saved {
  id: string;
  serialNo: string;
  version: number;
}

const RESIDENT_ID = '11010519491231002X';
const ID_MASKED = '110***********002X';
const PHONE = '13912345678';
const PHONE_MASKED = '139****5678';
/**
 * What no printout shows in either language: a raw number the paper masks, a code as code spells it (the Chinese desk
 * is checked for every code by labelLeaks; on the English one a code like `original` reads as a word).
 */
const NEVER = [RESIDENT_ID, PHONE, 'resident_id', 'move_out', 'plumbing_electric'];

/**
 * Every printout of the mall and property modules, printed on the Chinese desk and again on the English one, turned
 * into text with pdftotext: its title and labels in the desk's language, the values as paper shows them (money as
 * ¥8,650.50, phone and ID masked), no code, field name or id, and nothing of the other language's frame.
 */
describe('printouts in Chinese and in English, read back from the PDF', () => {
  let app: RunningApp;
  const made = {} as Record<'item' | 'loan' | 'repair' | 'release' | 'pass' | 'renovation' | 'ret', Saved>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'printouts-'));

  async function call<T>(channel: string, input: object): Promise<T> {
    const result = await app.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result)}`);
    return result.data as T;
  }

  async function switchLanguage(page: Page, language: Language): Promise<void> {
    if ((await page.getAttribute('html', 'lang')) === language) return;
    // A record opened in a drawer (a return) covers the header: closed first, as a clerk would.
    if (await page.getByRole('dialog').count()) await page.keyboard.press('Escape');
    await page.getByRole('dialog').first().waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /^(语言|Language)$/ }).click();
    await page.getByRole('menuitem', { name: language === 'en' ? 'English' : '简体中文' }).click();
    await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  }

  /** Opens a record as a clerk would find it: Ctrl+K, its serial, Enter; its detail is named by the serial. */
  async function open(page: Page, serialNo: string): Promise<void> {
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: /^(搜索|Search)$/ });
    await box.fill(serialNo);
    await box.press('Enter');
    await box.waitFor({ state: 'hidden' });
    await page.getByLabel(serialNo, { exact: true }).first().waitFor();
  }

  /**
   * Prints with `trigger`, saves the PDF as paper gets it and a PNG of it under __screenshots__ (looked at), and
   * returns its text with white space folded. Checks it for codes, field names and ids in the page's language.
   */
  async function printed(name: string, language: Language, trigger: () => Promise<void>): Promise<string> {
    const { page } = app;
    const before = await app.printCount();
    await trigger();
    await app.waitForPrints(before + 1);
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(dir, `${name}-${language}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-singlefile',
      pdf,
      path.join(screenshotDir, `printout-${name}-${language}`),
    ]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(labelLeaks(text, language), `${name} (${language})`).toEqual([]);
    for (const raw of NEVER) expect(text, `${name} (${language})`).not.toContain(raw);
    if (language === 'en') {
      // The English frame: no Chinese punctuation between a label and its value, no Chinese page numbers.
      expect(text, name).not.toMatch(/[：（）]|第 \d+ 页/);
      expect(text, name).toMatch(/Page 1 of 1/);
    } else expect(text, name).toMatch(/第\s*1\s*页\s*\/\s*共\s*1\s*页/);
    return text;
  }

  const click = (name: RegExp) => () => app.page.getByRole('button', { name }).first().click();
  const ctrlP = () => app.page.keyboard.press('Control+p');

  beforeAll(async () => {
    app = await startApp();
    await loginWithKeyboard(app.page, 'K003', '3333');
    await app.page.getByLabel('clerk').waitFor();
    const clerks = await call<{ id: string; employeeNo: string }[]>('clerks:list', {});
    const lead = { clerkId: clerks.find((c) => c.employeeNo === 'K002')?.id ?? '', pin: '2222' };
    const shops = await call<{ id: string }[]>('settings:list', { kind: 'shops' });

    const item = await call<Saved>('lostfound:register', {
      category: 'umbrella',
      description: '黑色长柄伞',
      colour: '黑色',
      foundPlace: '三楼女装区',
      finderKind: 'cleaner',
      finderName: '刘阿姨',
      storagePlace: '失物柜 A',
    });
    made.item = await call<Saved>('lostfound:claim', {
      id: item.id,
      version: item.version,
      claimantName: '赵敏',
      phone: PHONE,
      idType: 'resident_id',
      idNumber: RESIDENT_ID,
      claimDescription: '黑色长柄伞，伞柄有划痕',
    });

    const kind = await call<{ id: string }>('loans:saveKind', {
      name: '轮椅',
      deposit: '1250.5',
      loanDays: 1,
      overdueFee: '12.5',
    });
    const loanItem = await call<{ id: string }>('loans:saveItem', { kindId: kind.id, code: 'LY-01' });
    made.loan = await call<Saved>('loans:lend', {
      itemId: loanItem.id,
      borrowerName: '钱进',
      phone: PHONE,
      guarantee: 'deposit',
    });

    const campaign = await call<{ id: string }>('gifts:saveCampaign', {
      name: '圣诞满额礼',
      startDay: '2026-12-01',
      endDay: '2026-12-25',
      threshold: '8650.5',
      perPersonPerDay: 1,
    });
    const withGift = await call<{ items: { id: string }[] }>('gifts:saveItem', {
      campaignId: campaign.id,
      name: '保温杯',
    });
    const gift = { id: withGift.items[0]?.id ?? '' };
    await call('gifts:stock', { itemId: gift.id, direction: 'in', quantity: 50, source: '企划部' });
    await call('gifts:redeem', {
      campaignId: campaign.id,
      itemId: gift.id,
      customerName: '孙丽',
      phone: PHONE,
      receipts: 'XP20261201001',
      amount: '9000',
    });

    const teams = await call<{ id: string }[]>('repairs:teams', {});
    made.repair = await call<Saved>('repairs:create', {
      locationKind: 'unit',
      location: '3 栋 1202',
      category: 'plumbing_electric',
      urgency: 'urgent',
      description: '厨房水管漏水，请回电 13912345678',
      reporterName: '周业主',
      phone: PHONE,
      teamId: teams[0]?.id ?? null,
    });

    made.release = await call<Saved>('releases:issue', {
      holderKind: 'owner',
      holderName: '刘女士',
      phone: PHONE,
      unit: '3 栋 1202',
      reason: 'move_out',
      items: [
        { name: '双人床垫', quantity: 1 },
        { name: '纸箱', quantity: 6 },
      ],
      vehiclePlate: '沪A12345',
      validDay: '2026-12-01',
      approverName: '刘女士',
      approvalMethod: 'present',
      approval: lead,
    });

    made.pass = await call<Saved>('passes:issue', {
      kind: 'worker',
      holderName: '赵师傅',
      phone: PHONE,
      idType: 'resident_id',
      idNumber: RESIDENT_ID,
      company: '锦华装饰工程有限公司',
      unit: '3 栋 1202',
      validFrom: '2026-12-01',
      validTo: '2026-12-31',
      deposit: '100',
      fee: '10',
    });

    const renovation = await call<Saved>('renovations:apply', {
      unit: '3 栋 1202',
      ownerName: '周业主',
      ownerPhone: PHONE,
      contractor: '锦华装饰工程有限公司',
      foreman: '赵师傅',
      foremanPhone: '13700001234',
      work: '厨卫改造，更换地砖，不动承重墙',
      startDate: '2026-12-02',
      endDate: '2026-12-20',
      deposit: '8650.5',
      fee: '200',
      documents: ['业主身份证明或房产证明'],
    });
    made.renovation = await call<Saved>('renovations:approve', {
      id: renovation.id,
      version: renovation.version,
      documents: ['业主身份证明或房产证明', '装修施工图纸及说明', '施工单位营业执照及资质', '装修管理协议及防火责任书'],
    });

    made.ret = await call<Saved>('returns:register', {
      kind: 'return',
      shopId: shops[0]?.id,
      purchaseDate: '2026-11-28',
      qualityProblem: false,
      hasReceipt: true,
      receiptNo: 'XP2026112801',
      refundMethod: 'original',
      receiptMatches: true,
      packagingUnopened: true,
      pastShelfLife: false,
      customerName: '赵敏',
      phone: PHONE,
      product: '羊绒大衣',
      specification: 'M 驼色',
      quantity: 1,
      amountYuan: '8650.50',
      reason: '尺码不合适',
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  for (const language of ['zh-CN', 'en'] as const) {
    const zh = language === 'zh-CN';

    it(`${language}: the lost-and-found claim receipt`, async () => {
      await switchLanguage(app.page, language);
      await open(app.page, made.item.serialNo);
      const text = await printed('lostfound-receipt', language, click(/^(补打认领回执|Reprint claim receipt)$/));
      for (const s of zh
        ? ['失物认领回执', '雨伞 · 黑色长柄伞', '认领人 赵敏', `联系电话 ${PHONE_MASKED}`, `居民身份证 ${ID_MASKED}`]
        : ['Lost property claim receipt', 'Umbrella · 黑色长柄伞', 'Claimant 赵敏', `Phone ${PHONE_MASKED}`])
        expect(text).toContain(s);
      expect(text).toContain(made.item.serialNo);
      expect(text).toContain(ID_MASKED);
    });

    it(`${language}: the loan slip`, async () => {
      await switchLanguage(app.page, language);
      await open(app.page, made.loan.serialNo);
      const text = await printed('loan-slip', language, click(/^(补打借用单|Reprint slip)$/));
      for (const s of zh
        ? ['便民借用单', '押金 ¥1,250.50', `钱进 ${PHONE_MASKED}`, '¥12.50', '借用人签字']
        : ['Loan slip', 'Deposit ¥1,250.50', `钱进 ${PHONE_MASKED}`, '¥12.50', "Borrower's signature"])
        expect(text).toContain(s);
    });

    it(`${language}: the gift ledger`, async () => {
      const { page } = app;
      await switchLanguage(page, language);
      await page
        .getByRole('navigation', { name: 'modules' })
        .getByText(/^(赠品抽奖|Gifts & draws)$/)
        .click();
      await page.getByRole('tab', { name: /^(赠品台账|Gift ledger)$/ }).click();
      const text = await printed('gift-ledger', language, click(/^(打印台账|Print ledger)$/));
      for (const s of zh
        ? ['赠品台账', '圣诞满额礼', '¥8,650.50', '保温杯', '企划部', '孙丽']
        : ['Gift ledger', '圣诞满额礼', '¥8,650.50', '保温杯', 'received 50, redeemed 1', '孙丽'])
        expect(text).toContain(s);
    });

    it(`${language}: the repair work order (派工单)`, async () => {
      await switchLanguage(app.page, language);
      await open(app.page, made.repair.serialNo);
      const text = await printed('repair-order', language, ctrlP);
      for (const s of zh
        ? ['报修派工单', '紧急', '水电', PHONE_MASKED, '厨房水管漏水', '维修人员签字']
        : ['Repair work order', 'Urgent', PHONE_MASKED, '厨房水管漏水', 'Technician'])
        expect(text).toContain(s);
      expect(text).toContain(made.repair.serialNo);
    });

    it(`${language}: the release pass in two copies`, async () => {
      await switchLanguage(app.page, language);
      await open(app.page, made.release.serialNo);
      const text = await printed('release-pass', language, ctrlP);
      const title = zh ? '物品放行条' : 'Goods release pass';
      expect(text.split(title).length - 1).toBe(2);
      expect(text.split(made.release.serialNo).length - 1).toBe(2);
      for (const s of zh
        ? ['门岗联', '存根联', '业主 刘女士', '搬离', '双人床垫', '沪A12345', PHONE_MASKED, '李娜']
        : ['Gate copy', 'File copy', 'Owner 刘女士', 'Moving out', '双人床垫', '沪A12345', PHONE_MASKED, '李娜'])
        expect(text).toContain(s);
    });

    it(`${language}: the pass card`, async () => {
      await switchLanguage(app.page, language);
      await open(app.page, made.pass.serialNo);
      const text = await printed('pass-card', language, ctrlP);
      for (const s of zh
        ? ['施工人员出入证', ID_MASKED, PHONE_MASKED, '2026-12-01 至 2026-12-31', '锦华装饰工程有限公司']
        : [ID_MASKED, PHONE_MASKED, '2026-12-01 to 2026-12-31', '锦华装饰工程有限公司'])
        expect(text).toContain(s);
      expect(text).toContain(made.pass.serialNo);
    });

    it(`${language}: the renovation permit`, async () => {
      await switchLanguage(app.page, language);
      await open(app.page, made.renovation.serialNo);
      const text = await printed('renovation-permit', language, ctrlP);
      for (const s of zh
        ? ['装修申请及许可表', '¥8,650.50', '¥200.00', `周业主 ${PHONE_MASKED}`, '137****1234', '☑ 装修施工图纸及说明']
        : [
            'Renovation application and permit',
            '¥8,650.50',
            '¥200.00',
            `周业主 ${PHONE_MASKED}`,
            '137****1234',
            '2026-12-02 to 2026-12-20',
          ])
        expect(text).toContain(s);
      expect(text).toContain(made.renovation.serialNo);
    });

    it(`${language}: the return and exchange slip (退换货单)`, async () => {
      await switchLanguage(app.page, language);
      await open(app.page, made.ret.serialNo);
      const text = await printed('return-slip', language, click(/^(打印退换货单|Print return slip)$/));
      for (const s of zh
        ? ['退换货单', '退货', '¥8,650.50', `赵敏 ${PHONE_MASKED}`, 'XP2026112801', '原路退回', '顾客签字']
        : [
            'Return and exchange slip',
            'Return',
            '¥8,650.50',
            `赵敏 ${PHONE_MASKED}`,
            'XP2026112801',
            'Customer signature',
          ])
        expect(text).toContain(s);
    });
  }
});
