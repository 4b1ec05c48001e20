import type { settingsContract } from '../../../shared/contract/settings';
import { getMoneyCeilings, saveMoneyCeilings } from '../../services/money-ceilings';
import {
  addItem,
  getBusinessHours,
  getClosedDays,
  getDeskHours,
  getPolicy,
  getPrinting,
  getSite,
  getSiteKind,
  listItems,
  saveSite,
  updateItem,
  withSettingVersion,
  writeSetting,
} from '../../services/settings';
import type { HandlerMap } from '../types';

export const settingsHandlers = {
  'settings:site': (_input, { ctx }) => getSite(ctx),
  'settings:saveSite': (input, { ctx, actor }) => saveSite(ctx, actor(), input),
  'settings:list': (input, { ctx }) => listItems(ctx, input.kind, input.includeInactive),
  'settings:addItem': (input, { ctx, actor }) => addItem(ctx, actor(), input),
  'settings:updateItem': (input, { ctx, actor }) => updateItem(ctx, actor(), input),
  'settings:businessHours': (_input, { ctx }) => withSettingVersion(ctx, 'businessHours', getBusinessHours(ctx)),
  'settings:saveBusinessHours': (input, { ctx, actor }) => {
    writeSetting(ctx, actor(), 'businessHours', input);
    return withSettingVersion(ctx, 'businessHours', getBusinessHours(ctx));
  },
  'settings:deskHours': (_input, { ctx }) => getDeskHours(ctx),
  'settings:closedDays': (_input, { ctx }) => withSettingVersion(ctx, 'closedDays', getClosedDays(ctx)),
  'settings:saveClosedDays': (input, { ctx, actor }) => {
    writeSetting(ctx, actor(), 'closedDays', input);
    return withSettingVersion(ctx, 'closedDays', getClosedDays(ctx));
  },
  'settings:siteKind': (_input, { ctx }) => withSettingVersion(ctx, 'siteKind', getSiteKind(ctx)),
  'settings:saveSiteKind': (input, { ctx, actor }) => {
    writeSetting(ctx, actor(), 'siteKind', input);
    return withSettingVersion(ctx, 'siteKind', getSiteKind(ctx));
  },
  'settings:policy': (_input, { ctx }) => withSettingVersion(ctx, 'policy', getPolicy(ctx)),
  'settings:printing': (_input, { ctx }) => withSettingVersion(ctx, 'printing', getPrinting(ctx)),
  'settings:savePrinting': (input, { ctx, actor }) => {
    writeSetting(ctx, actor(), 'printing', input);
    return withSettingVersion(ctx, 'printing', getPrinting(ctx));
  },
  'settings:savePolicy': (input, { ctx, actor }) => {
    writeSetting(ctx, actor(), 'policy', input);
    return withSettingVersion(ctx, 'policy', getPolicy(ctx));
  },
  'settings:moneyCeilings': (_input, { ctx }) => getMoneyCeilings(ctx),
  'settings:saveMoneyCeilings': (input, { ctx, actor }) => saveMoneyCeilings(ctx, actor(), input.ceilings),
} satisfies HandlerMap<typeof settingsContract>;
