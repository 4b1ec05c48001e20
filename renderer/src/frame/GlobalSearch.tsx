import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { canonicalPhoneOrNull } from '../../../shared/contract/phone';
import type { SearchHit } from '../../../shared/contract/search';
import type { ModuleName } from '../../../shared/modules';
import { useApiQuery } from '../api/hooks';
import { titleKey } from '../app/labels';
import { recordPath } from '../app/modules';
import { searchTextError } from '../lib/searchText';
import { formatDateTime } from '../lib/time';
import { hitSubtitle } from './searchHits';

/** Only digits and what is typed between them: then the text may be a whole phone number. */
const PHONE_LIKE = /^[\d\s+()（）-]{7,}$/;

/** Ctrl+K: one search across every module, grouped by module, newest first. */
export function GlobalSearch({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const tooLong = searchTextError(debounced, 60);
  const hits = useApiQuery(
    'search:query',
    { text: debounced, limit: 30 },
    { enabled: debounced.length > 0 && tooLong === undefined },
  );
  // A whole number in any way of writing it opens the customer's history under its one canonical form.
  const phone = PHONE_LIKE.test(debounced) ? canonicalPhoneOrNull(debounced) : null;
  const groups = new Map<ModuleName, SearchHit[]>();
  for (const hit of hits.data ?? []) groups.set(hit.module, [...(groups.get(hit.module) ?? []), hit]);
  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={null} scrollable maxHeight={480}>
      <Spotlight.Search placeholder={t('search.placeholder')} aria-label={t('header.search')} />
      <Spotlight.ActionsList>
        {phone && (
          <Spotlight.Action label={t('history.open', { phone })} onClick={() => navigate(`/history/${phone}`)} />
        )}
        {tooLong && <Spotlight.Empty>{tooLong}</Spotlight.Empty>}
        {[...groups.entries()].map(([module, items]) => (
          <Spotlight.ActionsGroup key={module} label={t(titleKey(module))}>
            {items.map((hit) => (
              <Spotlight.Action
                key={hit.entityId}
                label={hit.title}
                description={`${hitSubtitle(t, hit)} · ${formatDateTime(hit.at, timeZone)}`}
                onClick={() => navigate(recordPath(hit.module, hit.entityId))}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {debounced.length > 0 && hits.data?.length === 0 && <Spotlight.Empty>{t('search.nothing')}</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
