// The section of general comments has no title in the model (it is the
// reserved anchor, not a section of the draft): the report names it, in its
// language.

import { labels } from '../i18n/index.js';
import type { Synthesis } from '../model/synthesis.js';
import { GENERAL } from '../model/types.js';

/** The synthesis with its section of general comments named in the report's language. */
export function namedGeneral(s: Synthesis): Synthesis {
  const title = labels(s.lang).generalTitle;
  return { ...s, sections: s.sections.map((sec) => (sec.anchor === GENERAL ? { ...sec, title } : sec)) };
}
