import type { IssuePassInput } from '../../shared/contract/passes';
import type { IssueReleaseInput } from '../../shared/contract/releases';
import type { ApplyRenovationInput } from '../../shared/contract/renovations';

/**
 * Records the service tests of several modules start from, written once. The test clock starts on 2026-11-24 at
 * 10:00 in Shanghai: the dates below are valid on that day.
 */

/** 装修申请 for a flat: kitchen and bathroom, deposit and fee in yuan, no documents handed in yet. */
export const renovationApplication: ApplyRenovationInput = {
  unit: '3 栋 1202',
  ownerName: '周业主',
  ownerPhone: '13900001111',
  contractor: '锦华装饰工程有限公司',
  foreman: '赵师傅',
  foremanPhone: '13700001234',
  work: '厨卫改造，更换地砖，不动承重墙',
  startDate: '2026-11-25',
  endDate: '2026-12-20',
  deposit: '3000',
  fee: '200',
  documents: [],
};

/** 施工人员出入证 for the foreman of that flat, for a month. */
export const workerPass: IssuePassInput = {
  kind: 'worker',
  holderName: '赵师傅',
  phone: '13700001234',
  idType: 'resident_id',
  idNumber: '11010519491231002X',
  company: '锦华装饰工程有限公司',
  unit: '3 栋 1202',
  validFrom: '2026-11-24',
  validTo: '2026-12-24',
  deposit: '100',
  fee: '10',
};

/** 放行条 for a tenant's washing machine going out for repair, approved by the landlord on the phone (no PIN yet). */
export const releasePass: Omit<IssueReleaseInput, 'approval'> = {
  holderKind: 'tenant',
  holderName: '王先生',
  phone: '13800001111',
  unit: '7栋 502',
  reason: 'repair_out',
  items: [{ name: '洗衣机', quantity: 1 }],
  validDay: '2026-11-24',
  approverName: '房东 陈先生',
  approvalMethod: 'phone',
};
