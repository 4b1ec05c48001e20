import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { canonicalPhoneOrNull } from '../../../shared/contract/phone';
import type { SearchHit } from '../../../shared/contract/search';
import type { ModuleName } from '../../../shared/modules';
import { useApiQuery } from '../api/hooks';
import { titleKey } from '../app/labels';
import { recordPath } from '../app/modules';
import { DiscardConfirm } from '../components/DiscardConfirm';
import { HitStatusBadge } from '../components/HitStatusBadge';
import { anyFormDirty } from '../lib/dirtyForms';
import { maskPhone } from '../lib/format';
import { searchTextError } from '../lib/searchText';
import { formatDateTime } from '../lib/time';
import { hitSubtitle } from './searchHits';

/** Who or what was found, with the phone it is filed under masked (a call with no name is named by its number). */
function hitLabel(hit: SearchHit): string {
  if (!hit.phone) return hit.title;
  if (hit.title === hit.phone) return maskPhone(hit.phone);
  return `${hit.title} ${maskPhone(hit.phone)}`;
}

/** Only digits and what is typed between them: then the text may be a whole phone number. */
const PHONE_LIKE = /^[\d\s+()（）-]{7,}$/;

/**
 * While the search is open, the keys typed go to it. A screen that mounts or resets beneath it (the first screen of
 * a reloaded desk whose chunk or data arrive late, autofocusing its first field) would otherwise take the focus:
 * the rest of the text, and the Enter, then land in that form instead (the Enter submitting it), and the search
 * stays open with what was typed so far.
 */
function useKeepFocus(input: RefObject<HTMLInputElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const back = (e: FocusEvent) => {
      const box = input.current;
      const dialog = box?.closest('[role="dialog"]');
      if (!box || !dialog || (e.target instanceof Node && dialog.contains(e.target))) return;
      box.focus();
    };
    document.addEventListener('focusin', back, true);
    return () => document.removeEventListener('focusin', back, true);
  }, [input, active]);
}

/** Ctrl+K: one search across every module, grouped by module, newest first. */
export function GlobalSearch({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useKeepFocus(input, opened);
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const tooLong = searchTextError(debounced, 60);
  const hits = useApiQuery(
    'search:query',
    { text: debounced, limit: 30 },
    { enabled: debounced.length > 0 && tooLong === undefined },
  );
  // A whole number in any way of writing it opens the customer's history under its one canonical form.
  const phone = PHONE_LIKE.test(debounced) ? canonicalPhoneOrNull(debounced) : null;
  // Enter typed before the results for what was typed arrived: open the top hit when they do.
  const [pendingEnter, setPendingEnter] = useState<string | null>(null);
  const current = debounced === query.trim() && hits.isSuccess && !hits.isFetching;
  const topPath = (): string | null => {
    if (phone) return `/history/${phone}`;
    const top = hits.data?.[0];
    return top ? recordPath(top.module, top.entityId) : null;
  };
  // Opening a record over a form with typed input asks first: keep editing (nothing opens) or discard and open.
  const [asking, setAsking] = useState<string | null>(null);
  const open = (path: string) => {
    spotlight.close();
    if (anyFormDirty()) setAsking(path);
    else navigate(path);
  };
  const openTop = () => {
    const path = topPath();
    if (path) open(path);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: when the awaited results arrive
  useEffect(() => {
    if (pendingEnter === null || !current || debounced !== pendingEnter) return;
    setPendingEnter(null);
    openTop();
  }, [pendingEnter, current, debounced]);
  // Before the list's own Enter: a hit the clerk picked (arrows) among current results opens as Mantine does;
  // otherwise Enter means the top hit of what was typed, now or when the results arrive.
  // Arrows since the last change of the text: the clerk picked a hit (a hover of the mouse is no pick).
  const picked = useRef(false);
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') picked.current = true;
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (current && picked.current && document.querySelector('[data-action][data-selected]')) return;
    e.preventDefault();
    e.stopPropagation();
    if (query.trim()) setPendingEnter(query.trim());
  };
  const groups = new Map<ModuleName, SearchHit[]>();
  for (const hit of hits.data ?? []) groups.set(hit.module, [...(groups.get(hit.module) ?? []), hit]);
  return (
    <>
      <DiscardConfirm
        opened={asking !== null}
        onKeep={() => setAsking(null)}
        onDiscard={() => {
          if (asking) navigate(asking);
          setAsking(null);
        }}
      />
      <Spotlight.Root
        query={query}
        onQueryChange={(q) => {
          setQuery(q);
          setPendingEnter(null);
          picked.current = false;
        }}
        shortcut={null}
        onSpotlightOpen={() => setOpened(true)}
        onSpotlightClose={() => setOpened(false)}
        scrollable
        maxHeight={480}
      >
        <Spotlight.Search
          ref={input}
          placeholder={t('search.placeholder')}
          aria-label={t('header.search')}
          onKeyDownCapture={onEnter}
        />
        <Spotlight.ActionsList>
          {phone && <Spotlight.Action label={t('history.open', { phone })} onClick={() => open(`/history/${phone}`)} />}
          {tooLong && <Spotlight.Empty>{tooLong}</Spotlight.Empty>}
          {[...groups.entries()].map(([module, items]) => (
            <Spotlight.ActionsGroup key={module} label={t(titleKey(module))}>
              {items.map((hit) => (
                <Spotlight.Action
                  key={hit.entityId}
                  label={hitLabel(hit)}
                  description={[hitSubtitle(t, hit), formatDateTime(hit.at, timeZone)].filter(Boolean).join(' · ')}
                  rightSection={<HitStatusBadge status={hit.status} />}
                  onClick={() => open(recordPath(hit.module, hit.entityId))}
                />
              ))}
            </Spotlight.ActionsGroup>
          ))}
          {debounced.length > 0 && hits.data?.length === 0 && <Spotlight.Empty>{t('search.nothing')}</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
