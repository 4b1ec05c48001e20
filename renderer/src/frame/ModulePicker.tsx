import { ScrollArea } from '@mantine/core';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { type KeyboardEvent, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { NavEntry } from './navigation';
import { matchEntries } from './pickerMatch';

/** Its own store, so Ctrl+K's search and the picker never open each other. */
const [modulePickerStore, modulePicker] = createSpotlight();

const SEARCH_ID = 'module-picker-search';

/**
 * What the clerk typed for the picker, kept outside React: the key that opens the picker and the keys after it
 * arrive faster than a loaded PC draws the picker, and every one of them must count (the text, the arrows, Enter).
 */
interface Typed {
  query: string;
  /** The highlighted match, counted from the top (arrows move it; any change of the text puts it back on the top). */
  selected: number;
  /** Enter was pressed: open the highlighted match as soon as the picker has the matches for the text. */
  enter: boolean;
}

let typed: Typed = { query: '', selected: 0, enter: false };
const listeners = new Set<() => void>();
function setTyped(next: Partial<Typed>): void {
  typed = { ...typed, ...next };
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getTyped = () => typed;
const typeQuery = (query: string) => setTyped({ query, selected: 0, enter: false });

/**
 * The box that holds the keys until the picker's own box is on screen. It is in the page all the time and takes the
 * focus in the same moment as the key that opens the picker, so nothing typed after that key goes to the form the
 * clerk was in (or nowhere): letters, Chinese from an input method, Backspace, arrows and Enter all land here.
 */
let catcher: HTMLInputElement | null = null;
/** Where the focus was before the picker opened: it goes back there when the picker closes without opening. */
let returnTo: HTMLElement | null = null;
/** Counts the openings, so a focus hand-back still waiting from the last close stops when the picker opens again. */
let opening = 0;

function pickerBox(): HTMLInputElement | null {
  const box = document.getElementById(SEARCH_ID);
  return box instanceof HTMLInputElement ? box : null;
}

/**
 * While the picker is open the keys belong to it. A screen beneath that mounts or resets (a late chunk, data that
 * arrives and autofocuses a form's first field) would otherwise take the focus and the rest of the text with it.
 */
function keepFocus(e: FocusEvent): void {
  const target = e.target instanceof Node ? e.target : null;
  if (target === catcher) return;
  const box = pickerBox();
  const dialog = box?.closest('[role="dialog"]');
  if (dialog && target && dialog.contains(target)) return;
  (box ?? catcher)?.focus();
}

/** Alt+0: opens the picker with the focus already where the clerk's next keys must go. */
export function openModulePicker(): void {
  opening += 1;
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  typeQuery('');
  if (catcher) {
    catcher.value = '';
    catcher.focus();
  }
  document.addEventListener('focusin', keepFocus, true);
  modulePicker.open();
}

function caretToEnd(box: HTMLInputElement): void {
  box.setSelectionRange(box.value.length, box.value.length);
}

function stopKeepingFocus(): void {
  document.removeEventListener('focusin', keepFocus, true);
}

/** The focus is nowhere a clerk would type: on the page, in the hidden catcher, or in the picker that is going away. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body || active === catcher) return true;
  return Boolean(pickerBox()?.closest('[role="dialog"]')?.contains(active));
}

/**
 * Gives the focus back to the clerk's field once the picker has gone. On a loaded PC the picker's box may still be
 * drawn, not drawn yet, or mid-transition when the close runs, and each of those can take the focus to the page
 * afterwards; so this looks again on each frame for two seconds, and stops as soon as the clerk has put the focus
 * somewhere of their own (or opens the picker again).
 */
function giveFocusBack(back: HTMLElement): void {
  const mine = opening;
  const until = performance.now() + 2000;
  const look = () => {
    if (mine !== opening || !back.isConnected) return;
    if (focusIsLost()) back.focus();
    else if (document.activeElement !== back) return;
    if (performance.now() < until) requestAnimationFrame(look);
  };
  look();
}

/**
 * The picker's store says when it closes, whoever closed it (Escape in the catcher or the box, a click beside it,
 * a module opened). Mantine's own onSpotlightClose is not enough: it runs after a render that saw the picker open,
 * and an Alt+0 and Escape typed faster than the PC draws are both handled before that render, so it never runs.
 */
let wasOpen = false;
modulePickerStore.subscribe((state) => {
  if (state.opened === wasOpen) return;
  wasOpen = state.opened;
  if (state.opened) return;
  stopKeepingFocus();
  const back = returnTo;
  returnTo = null;
  if (back) giveFocusBack(back);
  else if (document.activeElement === catcher) catcher?.blur();
});

/** The arrows and Enter, typed in the picker's box or in the catcher before the box was there. */
function onPickerKey(e: KeyboardEvent<HTMLInputElement>): void {
  if (e.nativeEvent.isComposing) return;
  // Escape typed before the picker's box is on screen lands in the catcher, where the modal's own handler never sees it.
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    modulePicker.close();
    return;
  }
  const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
  if (step === 0 && e.key !== 'Enter') return;
  // Mantine's own handling selects by what is in the list's DOM at that moment, which lags the text typed.
  e.preventDefault();
  e.stopPropagation();
  if (step !== 0) setTyped({ selected: typed.selected + step });
  else setTyped({ enter: true });
}

/** Alt+0: every module by name, type to narrow, arrows to move, Enter opens; for modules past the function keys and Alt+1…9. */
export function ModulePicker({ entries }: { entries: NavEntry[] }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { query, selected, enter } = useSyncExternalStore(subscribe, getTyped);
  const labelled = useMemo(() => entries.map((entry) => ({ entry, label: t(entry.titleKey) })), [entries, t]);
  const matches = useMemo(() => matchEntries(labelled, query), [labelled, query]);
  const current = matches.length > 0 ? ((selected % matches.length) + matches.length) % matches.length : -1;
  const list = useRef<HTMLDivElement>(null);

  const open = (entry: NavEntry) => {
    returnTo = null;
    stopKeepingFocus();
    modulePicker.close();
    navigate(entry.path);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: when Enter is pressed, with the matches of that moment
  useEffect(() => {
    if (!enter) return;
    setTyped({ enter: false });
    const entry = matches[current]?.entry;
    if (entry) open(entry);
  }, [enter]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the highlighted match stays in view as the arrows move it
  useEffect(() => {
    list.current?.querySelector('[data-selected]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <>
      <input
        ref={(node) => {
          catcher = node;
        }}
        aria-hidden
        tabIndex={-1}
        autoComplete="off"
        style={{ position: 'fixed', top: 0, left: -1000, width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
        onChange={(e) => {
          // Nobody sees this box, so each key goes on the end (Chrome left its caret before the first one).
          caretToEnd(e.currentTarget);
          typeQuery(e.currentTarget.value);
        }}
        onKeyDown={onPickerKey}
      />
      <Spotlight.Root
        store={modulePickerStore}
        shortcut={null}
        query={query}
        onQueryChange={typeQuery}
        returnFocus={false}
        clearQueryOnClose={false}
      >
        <Spotlight.Search
          id={SEARCH_ID}
          data-autofocus
          ref={(node: HTMLInputElement | null) => {
            // On screen: the keys go on here, after what the catcher holds. (React passes no focus event on during
            // its commit, so the caret is put at the end here as well as on focus.)
            if (node && document.activeElement === catcher) {
              node.focus();
              caretToEnd(node);
            }
          }}
          placeholder={t('picker.placeholder')}
          aria-label={t('picker.title')}
          aria-activedescendant={current >= 0 ? `${SEARCH_ID}-${matches[current]?.entry.key}` : undefined}
          autoComplete="off"
          onFocus={(e) => caretToEnd(e.currentTarget)}
          onKeyDownCapture={onPickerKey}
        />
        {matches.length > 0 ? (
          <ScrollArea.Autosize
            viewportRef={list}
            className={Spotlight.classes.actionsList}
            mah={400}
            type="scroll"
            offsetScrollbars="y"
          >
            {matches.map(({ entry, label }, index) => (
              <Spotlight.Action
                key={entry.key}
                id={`${SEARCH_ID}-${entry.key}`}
                label={label}
                description={entry.keys.join(' · ')}
                highlightQuery
                data-selected={index === current || undefined}
                aria-current={index === current || undefined}
                onClick={() => open(entry)}
              />
            ))}
          </ScrollArea.Autosize>
        ) : (
          <Spotlight.Empty>{t('picker.nothing')}</Spotlight.Empty>
        )}
      </Spotlight.Root>
    </>
  );
}
