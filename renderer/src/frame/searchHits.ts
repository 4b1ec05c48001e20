import type { TFunction } from 'i18next';
import { contractModules } from '../../../shared/contract/registry';
import type { SearchHit } from '../../../shared/contract/search';

/**
 * A hit's second line as the clerk reads it: the label of the code it is tagged with (a call's category, a visit's
 * purpose: the module's `searchTag` list) before the words the module indexed.
 */
export function hitSubtitle(t: TFunction, hit: SearchHit): string {
  const list = contractModules[hit.module].searchTag;
  const tag = hit.tag && list ? t(`labels.${hit.module}.values.${list}.${hit.tag}`) : '';
  return [tag, hit.subtitle].filter(Boolean).join(' · ');
}
