import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { roleSchema } from '../../../shared/contract/roles';
import { parseMessage } from '../../../shared/errors';
import { LABEL_PARAM_PREFIX, type Language } from '../../../shared/labels';
import { labelKey, labelResources } from '../app/labels';
import { modulesInOrder } from '../app/modules';
import { en } from './en';
import { zhCN } from './zh-CN';

export const languages = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en', label: 'English' },
] as const;

const LANGUAGE_KEY = 'frontDesk.language';

export function storedLanguage(): string {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN';
}

export function setLanguage(language: string): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * One language's resources: the frame's own strings, every registered module's strings under its name, their
 * refusals under `errors`, and every label table under `labels`.
 */
function resources(language: Language, frame: typeof zhCN): Record<string, unknown> {
  const errors: Record<string, string> = { ...frame.errors };
  const out: Record<string, unknown> = { ...frame, labels: labelResources(language) };
  for (const module of modulesInOrder) {
    out[module.name] = module.messages[language];
    Object.assign(errors, module.errors?.[language]);
  }
  out.errors = errors;
  return out;
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: resources('zh-CN', zhCN) },
    en: { translation: resources('en', en) },
  },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/**
 * The page footer of every A4 printout in the desk's language ("第 1 页 / 共 3 页", "Page 1 of 3"): a4-sheet.css
 * puts the page counters between these words, which CSS alone cannot translate.
 */
function setPageFooterWords(): void {
  const mark = '\u0001';
  const [before = '', between = '', after = ''] = i18n.t('print.pageOf', { page: mark, pages: mark }).split(mark);
  const root = document.documentElement.style;
  root.setProperty('--page-footer-before', JSON.stringify(before));
  root.setProperty('--page-footer-between', JSON.stringify(between));
  root.setProperty('--page-footer-after', JSON.stringify(after));
}
setPageFooterWords();
i18n.on('initialized', setPageFooterWords);
i18n.on('languageChanged', setPageFooterWords);

/**
 * Translates a message key that may carry parameters (`errors.tooLong|{"max":40}`). A parameter that is a code is
 * shown as its label: a role, or any `labels.*` key a service put there (`complaintTransition`'s statuses).
 */
export function translateMessage(message: string, extra?: Record<string, string | number>): string {
  const { key, params } = parseMessage(message);
  const all: Record<string, string | number> = { ...params, ...extra };
  for (const [name, value] of Object.entries(all)) {
    const role = name === 'role' ? roleSchema.safeParse(value) : null;
    if (role?.success) all[name] = i18n.t(labelKey('core', 'role', role.data));
    else if (typeof value === 'string' && value.startsWith(LABEL_PARAM_PREFIX)) all[name] = i18n.t(value);
  }
  return i18n.t(key, all);
}

export default i18n;
