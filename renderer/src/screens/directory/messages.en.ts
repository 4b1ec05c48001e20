import type { directoryErrorsZhCN, directoryZhCN } from './messages.zh-CN';

/** Shop directory and common answers screen texts, English. */
export const directoryEn: typeof directoryZhCN = {
  title: 'Shops & answers',
  tabs: { shops: 'Shop directory', answers: 'Common answers' },
  fields: {
    name: 'Shop',
    category: 'Category',
    floor: 'Floor',
    unitNo: 'Unit',
    phone: 'Phone',
    opensAt: 'Opens',
    closesAt: 'Closes',
    hours: 'Hours',
    note: 'Note',
    title: 'Question',
    keywords: 'Keywords (separated by spaces)',
    body: 'Answer text',
  },
  list: {
    search: 'Search shop name, pinyin initials, unit or category',
    searchAnswers: 'Search the questions and their text',
    place: 'Where',
    emptyShops: 'No shop found',
    emptyAnswers: 'No common answer found',
    pick: 'Pick a shop or question on the left to see it; or press Ctrl+K to search.',
  },
  hours: {
    range: '{{opens}}–{{closes}}',
    overnight: '{{opens}}–{{closes}} next day',
    unknown: 'Hours not entered',
  },
  hit: { open: 'Open now', closed: 'Closed now', voided: 'Voided', hoursUnknown: 'Hours not entered' },
  detail: {
    close: 'Close',
    edit: 'Edit',
    void: 'Void',
    voidShop: 'Void shop {{name}}',
    voidAnswer: 'Void answer {{title}}',
    voided: 'Voided: {{reason}}',
    inactive: 'Deactivated in Settings → Shops',
    copy: 'Copy text',
    copied: 'Text copied',
    copyFailed: 'Could not copy: select the text and press Ctrl+C',
    noPhone: 'No phone given',
  },
  form: {
    addShop: 'Add shop',
    editShop: 'Edit shop {{name}}',
    addAnswer: 'Add common answer',
    editAnswer: 'Edit answer {{title}}',
    hoursHint: 'A closing time before the opening time is the next day',
    save: 'Save',
    savedShop: 'Shop {{name}} saved',
    savedAnswer: 'Answer {{title}} saved',
    voidedDone: 'Voided',
  },
};

export const directoryErrorsEn: typeof directoryErrorsZhCN = {
  directoryHoursSame: 'Closing time cannot be the same as opening time',
  directoryShopTaken: 'A shop of this name is listed already',
  directoryShopInactive: 'A shop of this name is deactivated: turn it on again in Settings → Shops',
  directoryAnswerTaken: 'A question of this title is listed already',
  directoryShopMissing: 'No such shop',
  directoryAnswerMissing: 'No such common answer',
  directoryVoided: 'This record is voided',
};
