import { describe, expect, it } from 'vitest';
import { data, failure } from '../helpers/ipc';
import { type Desk, expectStale, supervisorTabs, TAB_C, TAB_D, twoTabs } from '../helpers/two-tabs';

/** 张伟 (supervisor) in tab C and 陈静 (manager) in tab D keep the lists; each edit names the version it was based on. */
async function keepers(): Promise<Desk> {
  const desk = await twoTabs();
  await supervisorTabs(desk);
  return desk;
}

interface Versioned {
  id: string;
  version: number;
}

/**
 * One supervisor-kept list: added in tab C, edited in tab D on version 1, then the edit tab C made on the version it
 * opened (1) is refused naming 陈静 and the field she changed, nothing written; redone on version 2 it saves. An
 * edit that sends no version is refused at the field.
 */
async function staleEditRefused(
  channel: string,
  add: object,
  change: object,
  stale: object,
  fieldKey: string,
  saved: (result: unknown) => Versioned = (r) => r as Versioned,
): Promise<void> {
  const desk = await keepers();
  const created = saved(data(await desk.dispatch(channel, add, TAB_C)));
  expect(created.version).toBe(1);
  const edited = saved(data(await desk.dispatch(channel, { ...add, ...change, id: created.id, version: 1 }, TAB_D)));
  expect(edited.version).toBe(2);
  await expectStale(desk, channel, { ...add, ...stale, id: created.id, version: 1 }, TAB_C, '陈静', fieldKey);
  expect(failure(await desk.dispatch(channel, { ...add, ...stale, id: created.id }, TAB_C)).field).toBe('version');
  const redone = saved(data(await desk.dispatch(channel, { ...add, ...stale, id: created.id, version: 2 }, TAB_C)));
  expect(redone.version).toBe(3);
}

describe('supervisor-kept lists refuse a stale edit, naming who changed what', () => {
  it('announcement templates', async () => {
    await staleEditRefused(
      'announcements:saveTemplate',
      { kind: 'notice', name: '闭店广播', text: '本商场将于22:00闭店' },
      { text: '本商场将于22:30闭店' },
      { name: '闭店提醒' },
      'labels.announcements.fields.announcementTemplates.text',
    );
  });

  it('gift campaigns', async () => {
    await staleEditRefused(
      'gifts:saveCampaign',
      { name: '双十一满额赠', startDay: '2026-11-20', endDay: '2026-11-30', threshold: '200', perPersonPerDay: 1 },
      { threshold: '300' },
      { note: '每人每天一份' },
      'labels.gifts.fields.giftCampaigns.thresholdFen',
    );
  });

  it('the gifts of a campaign', async () => {
    const desk = await keepers();
    const campaign = data<Versioned>(
      await desk.dispatch(
        'gifts:saveCampaign',
        { name: '双十一满额赠', startDay: '2026-11-20', endDay: '2026-11-30', threshold: '200', perPersonPerDay: 1 },
        TAB_C,
      ),
    );
    const itemOf = (r: unknown) => {
      const item = (r as { items: (Versioned & { name: string })[] }).items[0];
      if (!item) throw new Error('no gift');
      return item;
    };
    const added = itemOf(
      data(await desk.dispatch('gifts:saveItem', { campaignId: campaign.id, name: '折叠伞' }, TAB_C)),
    );
    const base = { campaignId: campaign.id, id: added.id };
    data(await desk.dispatch('gifts:saveItem', { ...base, version: 1, name: '晴雨伞' }, TAB_D));
    await expectStale(
      desk,
      'gifts:saveItem',
      { ...base, version: 1, name: '雨伞' },
      TAB_C,
      '陈静',
      'labels.gifts.fields.giftItems.name',
    );
    expect(failure(await desk.dispatch('gifts:saveItem', { ...base, name: '雨伞' }, TAB_C)).field).toBe('version');
  });

  it('release holds on units', async () => {
    await staleEditRefused(
      'releases:saveHold',
      { unit: '7栋 502', note: '欠物业费，暂停放行' },
      { note: '欠物业费，须物业办公室签字' },
      { active: false },
      'labels.releases.fields.releaseUnitHolds.note',
    );
  });

  it('customer grades', async () => {
    await staleEditRefused(
      'customers:saveGrade',
      { name: '钻石会员', sortOrder: 5 },
      { name: '黑钻会员' },
      { sortOrder: 6 },
      'labels.customers.fields.customerGrades.name',
    );
  });

  it('return-visit rules', async () => {
    await staleEditRefused(
      'customers:saveRule',
      { kind: 'after_repair', days: 3 },
      { days: 5 },
      { maxAttempts: 4 },
      'labels.customers.fields.revisitRules.days',
    );
  });

  it('survey forms', async () => {
    await staleEditRefused(
      'customers:saveSurveyForm',
      { name: '售后服务评价表', questions: [{ kind: 'satisfaction', text: '对本次服务是否满意' }] },
      { name: '维修服务评价表' },
      { active: false },
      'labels.customers.fields.surveyForms.name',
    );
  });
});
