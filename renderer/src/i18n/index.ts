import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { parseMessage } from '../../../shared/errors';
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

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/** Translates a message key that may carry parameters (`errors.tooLong|{"max":40}`); role names are translated too. */
export function translateMessage(message: string, extra?: Record<string, string | number>): string {
  const { key, params } = parseMessage(message);
  const all: Record<string, string | number> = { ...params, ...extra };
  if (typeof all.role === 'string') all.role = i18n.t(`roles.${all.role}`);
  return i18n.t(key, all);
}

export default i18n;
