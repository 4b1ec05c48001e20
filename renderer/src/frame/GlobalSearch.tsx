import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight } from '@mantine/spotlight';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../../shared/contract/search';
import type { ModuleName } from '../../../shared/modules';
import { useApiQuery } from '../api/hooks';
import { titleKey } from '../app/labels';
import { recordPath } from '../app/modules';
import { formatDateTime } from '../lib/time';
import { hitSubtitle } from './searchHits';

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** Ctrl+K: one search across every module, grouped by module, newest first. */
export function GlobalSearch({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const hits = useApiQuery('search:query', { text: debounced, limit: 30 }, { enabled: debounced.length > 0 });
  const groups = new Map<ModuleName, SearchHit[]>();
  for (const hit of hits.data ?? []) groups.set(hit.module, [...(groups.get(hit.module) ?? []), hit]);
  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={null} scrollable maxHeight={480}>
      <Spotlight.Search placeholder={t('search.placeholder')} aria-label={t('header.search')} />
      <Spotlight.ActionsList>
        {PHONE.test(debounced) && (
          <Spotlight.Action
            label={t('history.open', { phone: debounced })}
            onClick={() => navigate(`/history/${debounced}`)}
          />
        )}
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
