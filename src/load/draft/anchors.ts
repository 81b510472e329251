// Assigning anchors (contract §2): explicit ones first, in document order,
// checked for duplicates and the reserved "general"; then automatic ones —
// a heading's from its title, an item's from its parent's anchor and its
// place ("muc-tieu.2") — each made unique with "-1", "-2" … as needed.

import { words } from '../../i18n/index.js';
import { message } from '../../messages.js';
import type { Message } from '../../messages.js';
import { citeSections } from '../../model/citation.js';
import { slugify } from '../../model/text.js';
import { GENERAL } from '../../model/types.js';
import type { Section } from '../../model/types.js';
import type { Mark, Pending } from './sections.js';

/** The sections with their anchors and citations; problems with explicit anchors go to `messages`. */
export function anchoredSections(pending: Pending[], file: string, messages: Message[]): Section[] {
  const taken = takeExplicit(pending, file, messages);
  const unique = uniqueAnchors(taken);
  for (const [i, p] of pending.entries()) {
    if (p.explicit !== null) continue;
    if (p.kind === 'heading') {
      p.anchor = unique(slugify(p.title !== '' ? p.title : p.label) || 'section', i);
    } else {
      const parentAnchor = p.parent === null ? 'section' : (pending[p.parent]?.anchor ?? 'section');
      p.anchor = unique(`${parentAnchor}.${p.ordinal}`, i);
    }
  }
  const sections: Section[] = pending.map((p) => ({
    anchor: p.anchor,
    number: p.number,
    label: p.label,
    title: p.title,
    line: p.line,
    parent: p.parent === null ? null : (pending[p.parent]?.anchor ?? null),
    kind: p.kind,
    depth: p.depth,
    explicit: p.explicit !== null,
    text: p.lines.join('\n'),
    code: '',
  }));
  citeSections(sections).forEach((code, i) => {
    const s = sections[i];
    if (s) s.code = code;
  });
  return sections;
}

/** Explicit anchors, in document order: lower-cased anchor -> index of its section ("general" always taken). */
function takeExplicit(pending: Pending[], file: string, messages: Message[]): Map<string, number> {
  const at = (mark: Mark | null): { file: string; line: number; column: number } => ({
    file,
    line: mark?.line ?? 0,
    column: mark?.column ?? 0,
  });
  const taken = new Map<string, number>();
  for (const [i, p] of pending.entries()) {
    if (p.explicit === null) continue;
    p.anchor = p.explicit;
    const low = p.explicit.toLowerCase();
    if (low === GENERAL) {
      messages.push(message(at(p.mark), 'error', 'reserved-anchor', words().draftFile.reservedAnchor(p.explicit)));
      continue;
    }
    const before = taken.get(low);
    if (before !== undefined) {
      const firstLine = pending[before]?.line ?? 0;
      messages.push(message(at(p.mark), 'error', 'duplicate-anchor', words().draftFile.duplicateAnchor(p.explicit, firstLine)));
      continue;
    }
    taken.set(low, i);
  }
  if (!taken.has(GENERAL)) taken.set(GENERAL, -1);
  return taken;
}

/** A function giving each automatic anchor a form not yet taken: the base, or base-1, base-2 … */
function uniqueAnchors(taken: Map<string, number>): (base: string, i: number) => string {
  const nextSuffix = new Map<string, number>();
  return (base, i) => {
    const low = base.toLowerCase();
    if (!taken.has(low)) {
      taken.set(low, i);
      return base;
    }
    let k = nextSuffix.get(low) ?? 1;
    while (taken.has(`${low}-${k}`)) k += 1;
    nextSuffix.set(low, k + 1);
    taken.set(`${low}-${k}`, i);
    return `${base}-${k}`;
  };
}
