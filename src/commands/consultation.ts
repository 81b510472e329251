// load → validate for the commands that read a whole consultation.

import path from 'node:path';
import type { Message } from '../messages.js';
import { hasErrors, sortMessages } from '../messages.js';
import { stemOf } from '../model/text.js';
import { loadWorkspace } from '../load/workspace.js';
import type { Loaded } from '../load/workspace.js';
import { isFrom } from '../model/status.js';
import { buildSynthesis } from '../model/synthesis.js';
import type { Synthesis } from '../model/synthesis.js';
import type { Lang } from '../model/types.js';
import { namedGeneral } from '../render/general.js';
import { checkCharacters } from '../validate/characters.js';
import { applyResponses } from '../validate/decide.js';
import type { Ruling } from '../validate/decide.js';
import { placeConsultation } from '../validate/place.js';
import type { Placed } from '../validate/place.js';
import type { CommandIO, WorkspaceFlags } from './io.js';

export interface Consultation {
  loaded: Loaded;
  placed: Placed[];
  rulings: Map<string, Ruling>;
  lang: Lang;
  messages: Message[];
}

export async function readConsultation(opts: CommandIO & WorkspaceFlags): Promise<Consultation> {
  const loaded = await loadWorkspace({
    cwd: path.resolve(opts.cwd),
    draft: opts.draft,
    comments: opts.comments,
    responses: opts.responses,
  });
  const { placed, messages: placeMessages } = placeConsultation({
    report: loaded.draft,
    drafts: loaded.drafts,
    files: loaded.commentFiles,
    versions: loaded.versions,
  });
  const unread = new Set(loaded.failedCommentFiles.map((f) => stemOf(f).toLowerCase()));
  const { rulings, messages: ruleMessages } = applyResponses(placed, loaded.responseFiles, unread);
  const lang = opts.lang ?? loaded.settings.lang ?? 'vi';
  const characters = checkCharacters(loaded.commentFiles, loaded.responseFiles);
  return { loaded, placed, rulings, lang, messages: sortMessages([...loaded.messages, ...placeMessages, ...ruleMessages, ...characters]) };
}

/** The synthesis of a consultation that has no errors (null when it has). */
export function synthesisOf(c: Consultation): Synthesis | null {
  if (hasErrors(c.messages) || !c.loaded.draft) return null;
  const expected = c.loaded.settings.delegates;
  const files = c.loaded.commentFiles;
  const asked =
    expected.length === 0
      ? null
      : {
          count: expected.length,
          missing: expected.filter((e) => !files.some((f) => f.comments.length > 0 && isFrom(e, f))).map((e) => e.name),
        };
  return namedGeneral(
    buildSynthesis({
      asked,
      draft: c.loaded.draft,
      files: c.loaded.commentFiles,
      placed: c.placed,
      rulings: c.rulings,
      settings: c.loaded.settings,
      lang: c.lang,
    }),
  );
}
