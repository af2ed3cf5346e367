/**
 * Every page and endpoint knows its language from its URL (Astro's i18n routing works it out)
 * and gets the translator for it on `Astro.locals`, so components ask for strings instead of
 * being handed a `lang` prop.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLang, isLang } from './i18n/locales.ts';
import { useTranslations } from './i18n/ui.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = isLang(context.currentLocale) ? context.currentLocale : defaultLang;
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});
