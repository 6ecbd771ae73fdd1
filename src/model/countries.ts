/**
 * ISO 3166-1 country codes, from the maintained `i18n-iso-countries` tables rather than a
 * hand-kept list, so validation, display names and numeric ids (used by world-atlas) agree.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/** True when `code` is an assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** English short name of an alpha-2 code ("ML" → "Mali"); the code itself if unknown. */
export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/** ISO 3166-1 numeric code as world-atlas writes it ("ML" → "466"), or undefined. */
export function countryNumeric(code: string): string | undefined {
  return countries.alpha2ToNumeric(code) ?? undefined;
}

/** Closest codes to a mistyped one, for error hints ("MLI" → ["ML"]). */
export function suggestCountryCodes(input: string): string[] {
  const upper = input.trim().toUpperCase();
  if (upper.length === 3) {
    const fromAlpha3 = countries.alpha3ToAlpha2(upper);
    if (fromAlpha3) return [fromAlpha3];
  }
  const byName = countries.getAlpha2Code(input.trim(), 'en');
  return byName ? [byName] : [];
}
