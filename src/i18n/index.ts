// One home for every word a user reads: messages, help, report and diff
// labels, in Vietnamese (default) and English. Imports nothing of ours but
// model types, so every layer may use it.
//
// The language of messages and help is chosen once per run by the CLI
// (`--lang`, else `lang:` in gopy.yaml, else Vietnamese) with setLang; code
// that makes a message asks words() for the current catalogue. Renderers are
// handed their language and stay pure: words(lang), labels(lang).

import type { Lang } from '../model/types.js';
import { en } from './en.js';
import { vi } from './vi.js';
import type { Words } from './vi.js';

export type { Words };
export const CATALOGUES: Readonly<Record<Lang, Words>> = { vi, en };

let current: Lang = 'vi';

/** The language of messages and help for this run (the CLI sets it once). */
export function setLang(lang: Lang): void {
  current = lang;
}

export function currentLang(): Lang {
  return current;
}

/** The catalogue of a language; without one, the current language's. */
export function words(lang: Lang | null | undefined = current): Words {
  return lang === 'en' ? en : lang === 'vi' ? vi : CATALOGUES[current];
}

export type Labels = Words['report'];
export type DiffLabels = Words['diff'];

/** The report's words in a language (Vietnamese unless 'en'). */
export function labels(lang: Lang | null | undefined): Labels {
  return (lang === 'en' ? en : vi).report;
}
