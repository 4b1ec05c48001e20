import type { IdDocumentType } from './id-documents';

/** The ID document types in each language, for every module that records one (loans, announcements, gifts). */
export const idDocumentLabelsZh: Record<IdDocumentType, string> = {
  resident_id: '居民身份证',
  hk_macau_permit: '港澳通行证',
  taiwan_permit: '台湾通行证',
  passport: '护照',
  foreign_permanent_resident: '外国人永久居留身份证',
  other: '其他证件',
};

export const idDocumentLabelsEn: Record<IdDocumentType, string> = {
  resident_id: 'Resident ID',
  hk_macau_permit: 'HK/Macau permit',
  taiwan_permit: 'Taiwan permit',
  passport: 'Passport',
  foreign_permanent_resident: 'Foreign permanent residence ID',
  other: 'Other ID',
};
