import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { NavEntry } from './navigation';

/** Its own store, so Ctrl+K's search and the picker never open each other. */
export const [modulePickerStore, modulePicker] = createSpotlight();

/** Alt+0: every module by name, type to narrow, Enter opens; for modules past the function keys and Alt+1…9. */
export function ModulePicker({ entries }: { entries: NavEntry[] }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <Spotlight
      store={modulePickerStore}
      shortcut={null}
      actions={entries.map((entry) => ({
        id: entry.key,
        label: t(entry.titleKey),
        description: entry.keys.join(' · '),
        onClick: () => navigate(entry.path),
      }))}
      nothingFound={t('picker.nothing')}
      searchProps={{ placeholder: t('picker.placeholder'), 'aria-label': t('picker.title') }}
      highlightQuery
    />
  );
}
