// Reading gopy.yaml settings once loaded: pure lookups for renderers and commands.

import type { Settings } from './types.js';

/** A nested text setting such as `meeting.date`, or null. */
export function setting(settings: Settings, path: string): string | null {
  let cur: unknown = settings.raw;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' && cur !== '' ? cur : null;
}
