import { describe, expect, it } from 'vitest';
import type { CustomerFileView } from '../../shared/contract/customers';
import type { SurveyFormView } from '../../shared/contract/customers-surveys';
import type { GiftCampaignView, GiftRecordView } from '../../shared/contract/gifts';
import type { ReleasePassDetail } from '../../shared/contract/releases';
import { demoPin } from '../helpers/db';
import { data, failure } from '../helpers/ipc';
import { releasePass } from '../helpers/samples';
import { expectStoredAgain, expectStoredOnce, type KeyedForm, keyOf } from '../helpers/submissions';
import { type Desk, supervisorTabs, TAB_A, TAB_C, twoTabs } from '../helpers/two-tabs';

/** A campaign running today (the test clock's 2026-11-24) with two gifts, 20 and 5 of them in stock. */
async function campaignOn(desk: Desk) {
  const saved = data<GiftCampaignView>(
    await desk.dispatch(
      'gifts:saveCampaign',
      { name: '满额赠礼', startDay: '2026-11-20', endDay: '2026-12-31', threshold: '200', perPersonPerDay: 5 },
      TAB_C,
    ),
  );
  let campaign = saved;
  for (const name of ['折叠伞', '电水壶'])
    campaign = data<GiftCampaignView>(await desk.dispatch('gifts:saveItem', { campaignId: saved.id, name }, TAB_C));
  const [umbrella, kettle] = campaign.items.map((i) => i.id);
  if (!umbrella || !kettle) throw new Error('the campaign has no gifts');
  for (const [itemId, quantity] of [
    [umbrella, 20],
    [kettle, 5],
  ] as const)
    data(await desk.dispatch('gifts:stock', { itemId, direction: 'in', quantity, source: '企划部' }, TAB_C));
  return { campaignId: saved.id, umbrella, kettle };
}

const stockOf = (desk: Desk, itemId: string) =>
  desk.count('select coalesce(sum(quantity), 0) from gift_moves where item_id = ?', itemId);

/** Each create form of gifts, releases and customer files, sent twice with one key and once with a new one. */
describe('the mall forms send a submission key: sent again, they are stored once', () => {
  it('gift redemptions, draws and stock movements: one record, one stock movement, one serial', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const { campaignId, umbrella, kettle } = await campaignOn(desk);
    const lead = { clerkId: await desk.idOf('K002'), pin: demoPin('lead') };
    const redeem: KeyedForm = {
      channel: 'gifts:redeem',
      table: 'gift_redemptions',
      also: ['gift_moves', 'gift_receipts'],
      input: {
        campaignId,
        itemId: umbrella,
        customerName: '赵敏',
        phone: '13912345678',
        receipts: 'A001',
        amount: '268.50',
      },
      tab: TAB_A,
    };
    // The same key with other receipts (the clerk corrected the form after a lost answer): not a second gift.
    const given = await expectStoredOnce<GiftRecordView>(desk, redeem, keyOf('gifts:redeem', 1), { receipts: 'A009' });
    expect(stockOf(desk, umbrella)).toBe(19);
    const next = await expectStoredAgain<GiftRecordView>(
      desk,
      { ...redeem, input: { ...redeem.input, receipts: 'A002' } },
      keyOf('gifts:redeem', 2),
    );
    expect([given.serialNo.slice(-4), next.serialNo.slice(-4)]).toEqual(['0001', '0002']);

    const draw: KeyedForm = {
      channel: 'gifts:draw',
      table: 'gift_draws',
      also: ['gift_moves'],
      input: {
        campaignId,
        itemId: kettle,
        drawName: '周末抽奖',
        winnerName: '钱伟',
        phone: '13912345679',
        approval: lead,
      },
      tab: TAB_A,
    };
    const drawn = await expectStoredOnce<GiftRecordView>(desk, draw, keyOf('gifts:draw', 1));
    const again = await expectStoredAgain<GiftRecordView>(desk, draw, keyOf('gifts:draw', 2));
    expect([drawn.serialNo.slice(-4), again.serialNo.slice(-4)]).toEqual(['0001', '0002']);
    expect(stockOf(desk, kettle)).toBe(3);

    const stock: KeyedForm = {
      channel: 'gifts:stock',
      table: 'gift_moves',
      input: { itemId: kettle, direction: 'in', quantity: 10, source: '企划部' },
      tab: TAB_A,
    };
    await expectStoredOnce(desk, stock, keyOf('gifts:stock', 1), { quantity: 12 });
    expect(stockOf(desk, kettle)).toBe(13);
    await expectStoredAgain(
      desk,
      { ...stock, input: { ...stock.input, direction: 'out', quantity: 3 } },
      keyOf('gifts:stock', 2),
    );
    expect(stockOf(desk, kettle)).toBe(10);
  });

  it('a release pass: one pass, one set of goods lines, one serial', async () => {
    const desk = await twoTabs();
    const issue: KeyedForm = {
      channel: 'releases:issue',
      table: 'release_passes',
      also: ['release_items'],
      input: { ...releasePass, approval: { clerkId: await desk.idOf('K002'), pin: demoPin('lead') } },
      tab: TAB_A,
    };
    const first = await expectStoredOnce<ReleasePassDetail>(desk, issue, keyOf('releases:issue', 1), {
      items: [{ name: '冰箱', quantity: 1 }],
    });
    const next = await expectStoredAgain<ReleasePassDetail>(desk, issue, keyOf('releases:issue', 2));
    expect([first.serialNo.slice(-4), next.serialNo.slice(-4)]).toEqual(['0001', '0002']);
  });

  it('a customer file, a survey answered at the counter and a revisit plan', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const create: KeyedForm = {
      channel: 'customers:create',
      table: 'customers',
      also: ['customer_phones'],
      input: { name: '周杰', phones: [{ phone: '13912345678', note: '' }] },
      tab: TAB_A,
    };
    const file = await expectStoredOnce<CustomerFileView>(desk, create, keyOf('customers:create', 1));
    // A new form (a new key) is another file.
    const other = { ...create, input: { name: '吴芳', phones: [{ phone: '13912345670', note: '' }] } };
    await expectStoredAgain(desk, other, keyOf('customers:create', 2));

    const survey = data<SurveyFormView>(
      await desk.dispatch(
        'customers:saveSurveyForm',
        { name: '前台满意度', questions: [{ kind: 'satisfaction', text: '对服务是否满意' }] },
        TAB_C,
      ),
    );
    const answer: KeyedForm = {
      channel: 'customers:answerSurvey',
      table: 'survey_responses',
      input: {
        formId: survey.id,
        sourceModule: 'counter',
        name: '周杰',
        phone: '13912345678',
        answers: [{ questionId: survey.questions[0]?.id, level: 'satisfied' }],
      },
      tab: TAB_A,
    };
    await expectStoredOnce(desk, answer, keyOf('customers:answerSurvey', 1));
    await expectStoredAgain(desk, answer, keyOf('customers:answerSurvey', 2));

    const plan: KeyedForm = {
      channel: 'customers:plan',
      table: 'revisit_plans',
      input: { customerId: file.id, dueAt: desk.clock.now() + 2 * 24 * 3600_000, reason: '回访新到的会员礼' },
      tab: TAB_A,
    };
    await expectStoredOnce(desk, plan, keyOf('customers:plan', 1), { reason: '回访投诉处理结果' });
    await expectStoredAgain(desk, plan, keyOf('customers:plan', 2));
  });

  it('a form refused for a wrong approver PIN keeps its key free: the corrected form is stored', async () => {
    const desk = await twoTabs();
    await supervisorTabs(desk);
    const { campaignId, kettle } = await campaignOn(desk);
    const leadId = await desk.idOf('K002');
    const forms: [string, string, object][] = [
      [
        'gifts:draw',
        'gift_draws',
        { campaignId, itemId: kettle, drawName: '周末抽奖', winnerName: '钱伟', phone: '13912345679' },
      ],
      ['releases:issue', 'release_passes', releasePass],
    ];
    for (const [channel, table, input] of forms) {
      const key = keyOf(channel, 7);
      const wrong = { ...input, approval: { clerkId: leadId, pin: '0000' }, __submission: key };
      expect(failure(await desk.dispatch(channel, wrong, TAB_A)).messageKey, channel).toBe('errors.wrongPin');
      // The wrong PIN is counted (audited) all the same, but the form it came with was not stored.
      const right = { ...input, approval: { clerkId: leadId, pin: demoPin('lead') }, __submission: key };
      data(await desk.dispatch(channel, right, TAB_A));
      expect(desk.count(`select count(*) from ${table}`), channel).toBe(1);
    }
  });
});
