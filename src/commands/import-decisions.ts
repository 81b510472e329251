// gopy import quyet-dinh.xlsx: the decision sheet made by `gopy decisions`,
// filled in, read back into responses/ as ONE new file written whole
// (responses/<sheet name>.yaml; --force replaces that file). A decision is
// never lost or silently overwritten: a row that contradicts a decision
// already in another file is reported and the old decision kept, unless
// --sheet-wins, which then takes the old decision out of its file.

import path from 'node:path';
import type { Workbook } from 'exceljs';
import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { hasErrors, message, UsageError } from '../messages.js';
import type { Message } from '../messages.js';
import { words } from '../i18n/index.js';
import { parseResponses } from '../load/parse-responses.js';
import { exists, relPath } from '../load/read-files.js';
import { isoDate, localDate } from '../model/dates.js';
import { foldSpace, headerKey, nfc, slugify } from '../model/text.js';
import { DECISIONS, GENERAL } from '../model/types.js';
import type { Decision, Lang, Placed, ResponseFile, Ruling } from '../model/types.js';
import { SHEET_COLUMNS, SHEET_MARK } from '../render/decision-sheet.js';
import { keyValue, inlineScalar, yamlComment } from '../render/yaml-text.js';
import { applyResponses } from '../validate/decide.js';
import { readConsultation } from './consultation.js';
import type { ImportOptions } from './import.js';
import type { CommandResult } from './io.js';
import { writeNewFiles } from './new-files.js';
import type { NewFile } from './new-files.js';

export interface DecisionRow {
  row: number;
  id: string;
  decision: Decision | null;
  note: string | null;
  group: string;
}

/** Is this workbook a decision sheet? Its rows, read by their headers in either language. */
export function readDecisionSheet(wb: Workbook): { rows: DecisionRow[]; problems: { row: number; text: string }[] } | null {
  const mark = wb.getWorksheet(SHEET_MARK.sheet);
  if (!mark || mark.getCell('A1').text !== SHEET_MARK.value) return null;
  const ws = wb.worksheets.find((w) => w.name !== SHEET_MARK.sheet);
  if (!ws) return null;
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((cell, n) => {
    const k = headerKey(cell.text);
    for (const key of SHEET_COLUMNS)
      if ([words('vi').decisionSheet.columns[key], words('en').decisionSheet.columns[key]].some((h) => headerKey(h) === k)) col.set(key, n);
  });
  if (!col.has('id') || !col.has('decision'))
    return {
      rows: [],
      problems: [
        { row: 1, text: words().tell.sheet.needColumns(words().decisionSheet.columns.decision, words().decisionSheet.columns.id) },
      ],
    };
  const labels = new Map<string, Decision | null>();
  for (const lang of ['vi', 'en'] as const) {
    const L = words(lang).report.decisions;
    for (const d of DECISIONS) labels.set(nfc(L[d]).toLowerCase(), d);
    labels.set(nfc(L.pending).toLowerCase(), null);
  }
  for (const d of DECISIONS) labels.set(d, d);
  const rows: DecisionRow[] = [];
  const problems: { row: number; text: string }[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const get = (key: string): string => {
      const c = col.get(key);
      return c === undefined ? '' : nfc(r.getCell(c).text).replace(/\r\n?/gu, '\n').trim();
    };
    const id = foldSpace(get('id'));
    if (id === '') return;
    const raw = foldSpace(get('decision')).toLowerCase();
    let decision: Decision | null = null;
    if (raw !== '') {
      const found = labels.get(raw);
      if (found === undefined) {
        problems.push({
          row: n,
          text: words().tell.sheet.notDecision(get('decision'), DECISIONS.map((d) => words().report.decisions[d]).join(', ')),
        });
        return;
      }
      decision = found;
    }
    rows.push({ row: n, id, decision, note: get('note') || null, group: foldSpace(get('group')) });
  });
  return { rows, problems };
}

/** Rows of one group without a decision take the group's, when its decided rows agree. */
export function spreadGroups(rows: DecisionRow[]): { row: number; text: string }[] {
  const problems: { row: number; text: string }[] = [];
  const groups = new Map<string, DecisionRow[]>();
  for (const r of rows) if (r.group !== '') groups.set(r.group.toLowerCase(), [...(groups.get(r.group.toLowerCase()) ?? []), r]);
  for (const [, members] of groups) {
    const decided = members.filter((m) => m.decision !== null);
    const kinds = new Set(decided.map((m) => `${m.decision ?? ''}|${m.note ?? ''}`));
    const first = decided[0];
    if (!first) continue;
    if (kinds.size > 1) {
      problems.push({
        row: first.row,
        text: words().tell.sheet.groupDiffers(first.group),
      });
      continue;
    }
    for (const m of members) {
      if (m.decision !== null) continue;
      m.decision = first.decision;
      m.note ??= first.note;
    }
  }
  return problems;
}

interface Source {
  root: string;
  abs: string;
  shown: string;
  lang: Lang;
}

export async function importDecisions(
  opts: ImportOptions & { sheetWins?: boolean | undefined },
  src: Source,
  read: { rows: DecisionRow[]; problems: { row: number; text: string }[] },
): Promise<CommandResult> {
  const W = words(src.lang).decisionSheet;
  const messages: Message[] = read.problems.map((p) =>
    message({ file: src.shown, line: p.row, column: 0 }, 'warning', 'sheet-row', p.text),
  );
  messages.push(
    ...spreadGroups(read.rows).map((p) => message({ file: src.shown, line: p.row, column: 0 }, 'warning', 'sheet-group', p.text)),
  );
  const c = await readConsultation(opts);
  messages.push(...c.messages);
  if (hasErrors(c.messages)) return { messages };

  const responsesRel = opts.responses ?? 'responses';
  const stem = slugify(path.basename(src.abs, path.extname(src.abs))) || 'quyet-dinh';
  const target = path.resolve(src.root, opts.output ?? responsesRel, `${stem}.yaml`);
  const targetShown = relPath(src.root, target);
  const there = await exists(target);
  if (there !== null && !opts.force && !opts.dryRun) throw new UsageError(words().tell.sheet.exists(targetShown));
  const targetRel = relPath(src.root, target);

  const choice = chooseDecisions(read.rows, c, { shown: src.shown, targetRel, sheetWins: opts.sheetWins === true });
  messages.push(...choice.messages);
  const { chosen, remove, unchanged, pending, conflicts } = choice;
  const skipped = read.problems.length + choice.skipped;

  const files: NewFile[] = [];
  const today = isoDate(localDate(opts.now ?? new Date()));
  if (chosen.size > 0)
    files.push({
      abs: target,
      shown: targetShown,
      data: renderResponses([...chosen.values()], path.basename(src.abs), today),
      replace: there !== null,
    });
  for (const [file, ids] of remove) {
    const abs = path.resolve(src.root, file);
    const { readFile } = await import('node:fs/promises');
    files.push({ abs, shown: file, data: withoutIds(await readFile(abs, 'utf8'), ids), replace: true });
  }

  // What will be on disk must still read without errors: checked before anything is written.
  const after: ResponseFile[] = c.loaded.responseFiles.filter((f) => f.file !== targetRel && !remove.has(f.file));
  for (const f of files) {
    const parsed = parseResponses(String(f.data), f.shown).data;
    if (parsed) after.push(parsed);
  }
  const check = applyResponses(c.placed, after);
  if (hasErrors(check.messages)) {
    messages.push(...check.messages);
    return { messages };
  }
  if (!opts.dryRun && files.length > 0) await writeNewFiles(files);
  opts.stdout.write(
    W.summary({
      source: src.shown,
      target: targetShown,
      rows: read.rows.length + read.problems.length,
      written: chosen.size,
      unchanged,
      pending,
      conflicts,
      skipped,
      sheetWins: opts.sheetWins === true,
      changedFiles: [...remove.keys()],
      dryRun: opts.dryRun === true,
      replaced: there !== null && chosen.size > 0,
    }),
  );
  return { messages };
}

/** The decisions as a responses file: under each section's anchor, one entry per decision and note, naming its comments. */
function renderResponses(chosen: { p: Placed; decision: Decision; note: string | null }[], source: string, today: string): string {
  const keyOf = (p: Placed): string => (p.section === GENERAL ? GENERAL : (p.section?.anchor ?? p.comment.key));
  const byKey = new Map<string, Map<string, { decision: Decision; note: string | null; ids: string[] }>>();
  for (const x of chosen) {
    const k = keyOf(x.p);
    const entries = byKey.get(k) ?? new Map<string, { decision: Decision; note: string | null; ids: string[] }>();
    const e = entries.get(`${x.decision}|${x.note ?? ''}`) ?? { decision: x.decision, note: x.note, ids: [] };
    e.ids.push(x.p.comment.id);
    entries.set(`${x.decision}|${x.note ?? ''}`, e);
    byKey.set(k, entries);
  }
  const out = [...yamlComment(`Nhập bằng "gopy import" từ bảng quyết định ${source}, ngày ${today}.`), ''];
  for (const [key, entries] of byKey) {
    out.push(`${inlineScalar(key)}:`);
    for (const e of entries.values()) {
      out.push(`  - to: [${e.ids.map(inlineScalar).join(', ')}]`);
      out.push(...keyValue('    ', 'decision', e.decision));
      if (e.note) out.push(...keyValue('    ', 'note', e.note));
    }
  }
  return `${out.join('\n')}\n`;
}

/** A responses file with some comment ids taken out of its `to:` lists (an entry left naming none is removed), comments and layout kept. */
export function withoutIds(text: string, ids: ReadonlySet<string>): string {
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) return text;
  for (const pair of [...root.items]) {
    const list = pair.value;
    if (!isSeq(list)) continue;
    for (const entry of [...list.items]) {
      if (!isMap(entry)) continue;
      const to = entry.get('to', true);
      if (!isSeq(to)) continue;
      to.items = to.items.filter((i) => !(isScalar(i) && ids.has(String(i.value))));
      if (to.items.length === 0) list.items.splice(list.items.indexOf(entry), 1);
    }
    if (list.items.length === 0) root.items.splice(root.items.indexOf(pair), 1);
  }
  return doc.toString();
}

interface Choice {
  chosen: Map<string, { p: Placed; decision: Decision; note: string | null }>;
  /** Decisions to take out of other response files (the sheet wins), by file. */
  remove: Map<string, Set<string>>;
  messages: Message[];
  unchanged: number;
  pending: number;
  conflicts: number;
  skipped: number;
}

/** What each row of the sheet decides, against the decisions already in responses/. */
function chooseDecisions(
  rows: readonly DecisionRow[],
  c: { placed: readonly Placed[]; rulings: ReadonlyMap<string, Ruling> },
  where: { shown: string; targetRel: string; sheetWins: boolean },
): Choice {
  const out: Choice = { chosen: new Map(), remove: new Map(), messages: [], unchanged: 0, pending: 0, conflicts: 0, skipped: 0 };
  const byId = new Map<string, Placed>(c.placed.map((p) => [p.comment.id, p]));
  const byLower = new Map<string, Placed>(c.placed.map((p) => [p.comment.id.toLowerCase(), p]));
  const S = words().tell.sheet;
  const L = words().report.decisions;
  for (const r of rows) {
    const p = byId.get(r.id) ?? byLower.get(r.id.toLowerCase());
    const at = { file: where.shown, line: r.row, column: 0 };
    if (!p) {
      out.messages.push(message(at, 'warning', 'sheet-unknown-id', S.unknownId(r.id)));
      out.skipped++;
      continue;
    }
    if (r.decision === null) {
      out.pending++;
      continue;
    }
    if ((r.decision === 'explained' || r.decision === 'referred') && !r.note) {
      out.messages.push(message(at, 'warning', 'sheet-missing-note', S.needsNote(L[r.decision])));
      out.skipped++;
      continue;
    }
    const old = c.rulings.get(p.comment.id);
    if (old && old.entry.file !== where.targetRel) {
      if (old.decision === r.decision && foldSpace(old.note ?? '') === foldSpace(r.note ?? '')) {
        out.unchanged++;
        continue;
      }
      out.conflicts++;
      const what = S.conflict(p.comment.id, L[old.decision], `${old.entry.file}:${old.entry.line}`, L[r.decision]);
      if (!where.sheetWins) {
        out.messages.push(message(at, 'warning', 'sheet-conflict', S.keptOld(what)));
        continue;
      }
      out.messages.push(message(at, 'info', 'sheet-conflict', S.tookSheet(what)));
      if (old.entry.to !== 'all') out.remove.set(old.entry.file, (out.remove.get(old.entry.file) ?? new Set()).add(p.comment.id));
    }
    out.chosen.set(p.comment.id, { p, decision: r.decision, note: r.note });
  }
  return out;
}
