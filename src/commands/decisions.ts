// gopy decisions -o quyet-dinh.xlsx: the decision sheet the secretariat fills
// in Excel (or LibreOffice) and reads back with gopy import.

import { hasErrors, UsageError } from '../messages.js';
import { words } from '../i18n/index.js';
import { readConsultation, synthesisOf } from './consultation.js';
import type { CommandIO, CommandResult, WorkspaceFlags } from './io.js';
import { writeOutput } from './io.js';

export interface DecisionsOptions extends CommandIO, WorkspaceFlags {
  output?: string | undefined;
}

export const DEFAULT_SHEET = 'quyet-dinh.xlsx';

export async function decisions(opts: DecisionsOptions): Promise<CommandResult> {
  const target = opts.output ?? DEFAULT_SHEET;
  if (target === '-') throw new UsageError(words().tell.decisions.toTerminal);
  const c = await readConsultation(opts);
  const s = synthesisOf(c);
  if (!s || hasErrors(c.messages)) return { messages: c.messages };
  const { renderDecisionSheet } = await import('../render/decision-sheet.js');
  const file = /\.xlsx$/iu.test(target) ? target : `${target}.xlsx`;
  await writeOutput(opts, file, await renderDecisionSheet(s));
  const all = [...s.sections.flatMap((x) => x.comments), ...s.unplaced];
  opts.stdout.write(words(c.lang).decisionSheet.written(file, all.length, all.filter((x) => x.decision !== null).length));
  return { messages: c.messages };
}
