// The synthesis report as Markdown: readable as plain text, clean when rendered.

import type { SynthComment, SynthSection, Synthesis } from '../model/synthesis.js';
import { headingText } from '../model/synthesis.js';
import { setting } from '../load/parse-settings.js';
import { DECISIONS } from '../model/types.js';
import { mdInline, mdLines } from './escape.js';
import { labels } from './labels.js';
import type { Labels } from './labels.js';

export function renderMarkdown(s: Synthesis): string {
  const L = labels(s.lang);
  const out: string[] = [];
  out.push(...header(s, L));
  out.push(...summary(s, L));

  const roman = ['I', 'II', 'III', 'IV', 'V'];
  let part = 1;
  out.push(`## ${roman[part++]}. ${L.body}`, '');
  if (s.sections.length === 0) out.push(`*${L.none}.*`, '');
  for (const sec of s.sections) out.push(...section(sec, L));

  if (s.referred.length > 0) {
    out.push(`## ${roman[part++]}. ${L.referredPart}`, '', mdInline(L.referredIntro), '');
    for (const c of s.referred) {
      out.push(`${c.no}. **${mdInline(c.delegate.name)}** (${L.commentNo} ${c.no}, ${mdInline(whereOf(c, s, L))}): ${mdInline(c.text)}`);
      if (c.note) out.push(`   - ${mdInline(c.note)}`);
    }
    out.push('');
  }
  if (s.unplaced.length > 0) {
    out.push(`## ${roman[part++]}. ${L.unplacedPart}`, '', mdInline(L.unplacedIntro), '');
    for (const c of s.unplaced) out.push(...comment(c, L, `\`${c.anchor.replace(/`/gu, "'")}\``));
  }
  out.push(...footer(s, L));
  return `${out.join('\n').replace(/\n{3,}/gu, '\n\n').trimEnd()}\n`;
}

function header(s: Synthesis, L: Labels): string[] {
  const out: string[] = [];
  const parent = setting(s.settings, 'issuer.parent');
  const issuer = setting(s.settings, 'issuer.name') ?? setting(s.settings, 'issuer');
  const number = setting(s.settings, 'number');
  const place = setting(s.settings, 'place');
  const date = setting(s.settings, 'date');
  const left = [parent, issuer].filter((x): x is string => x !== null).map((x) => `**${mdInline(x)}**`);
  // Blank runs in "Số    -BC/…" are left for the number written in by hand.
  if (number) left.push(number.split(/( {2,})/u).map((part, i) => (i % 2 ? '\u00a0'.repeat(part.length) : mdInline(part))).join(''));
  if (left.length > 0) out.push(left.join('  \n'), '');
  const right = [`**${L.country}**`];
  if (date) right.push(`*${mdInline(L.date(date, place))}*`);
  out.push(right.join('  \n'), '');
  const title = s.settings.title ?? `${L.reportTitle} ${s.draft.title}`;
  out.push(`# ${L.reportKind}`, '', `**${mdInline(title)}**`, '');
  const facts = [`${L.draft}: ${mdInline(s.draft.title || s.draft.file)}${s.draft.version ? ` (${L.version} ${mdInline(s.draft.version)})` : ''}`];
  const meeting = setting(s.settings, 'meeting.name') ?? setting(s.settings, 'meeting');
  const meetingDate = setting(s.settings, 'meeting.date');
  if (meeting) facts.push(`${L.meeting}: ${mdInline(meeting)}${meetingDate ? ` (${mdInline(L.date(meetingDate, null))})` : ''}`);
  out.push(facts.join('  \n'), '');
  return out;
}

function summary(s: Synthesis, L: Labels): string[] {
  const m = s.summary;
  const out = [`## I. ${L.summary}`, ''];
  out.push(`- ${L.delegatesCount}: **${m.delegates}**`, `- ${L.commentsCount}: **${m.comments}**`, '');
  if (m.groups.length > 0) {
    out.push(`**${L.byGroup}**`, '', `| ${L.group} | ${L.delegates} | ${L.comments} |`, '| --- | ---: | ---: |');
    for (const g of m.groups) out.push(`| ${mdInline(g.group ?? L.noGroup)} | ${g.delegates} | ${g.comments} |`);
    out.push('');
  }
  out.push(`**${L.decision}**`, '', `| ${L.decision} | ${L.count} |`, '| --- | ---: |');
  for (const d of [...DECISIONS, 'pending'] as const) out.push(`| ${L.decisions[d]} | ${m.decisions[d]} |`);
  out.push('');
  if (m.mostCommented.length > 0) {
    out.push(`**${L.mostCommented}**`, '');
    for (const x of m.mostCommented) out.push(`- ${mdInline(headingText(x))} (${L.commentsOf(x.comments)})`);
    out.push('');
  }
  out.push(`**${L.onlyAgree}**: ${m.onlyAgree.length > 0 ? m.onlyAgree.map((d) => mdInline(d.name)).join(', ') : L.none}.`, '');
  return out;
}

function section(sec: SynthSection, L: Labels): string[] {
  const out = [`### ${mdInline(headingText(sec))}`, ''];
  if (sec.context) out.push(`*${mdInline(sec.context)}*`, '');
  for (const c of sec.comments) out.push(...comment(c, L, null));
  return out;
}

function comment(c: SynthComment, L: Labels, where: string | null): string[] {
  const who = [c.delegate.title, c.delegate.organization].filter((x): x is string => x !== null && x !== c.delegate.name);
  const head = `**${c.no}.** **${mdInline(c.delegate.name)}**${who.length ? ` — ${who.map(mdInline).join(', ')}` : ''} · *${L.kinds[c.kind]}*${where ? ` · ${where}` : ''}`;
  const out = [head, ''];
  for (const line of mdLines(c.text)) out.push(line === '' ? '>' : `> ${line}`);
  out.push('');
  const details: string[] = [];
  if (c.quote) details.push(`- ${L.quote}: “${mdInline(c.quote)}”`);
  if (c.proposal) details.push(`- ${L.proposal}: “${mdInline(c.proposal)}”`);
  const verdict = `**${L.decisions[c.decision ?? 'pending']}**`;
  details.push(`- ${L.response}: ${verdict}${c.note ? `. ${mdInline(c.note)}` : ''}`);
  out.push(...details, '');
  return out;
}

function whereOf(c: SynthComment, s: Synthesis, L: Labels): string {
  const sec = s.sections.find((x) => x.comments.includes(c));
  return sec ? headingText(sec) : `${L.unknownSection} "${c.anchor}"`;
}

function footer(s: Synthesis, L: Labels): string[] {
  const out: string[] = [];
  const recipients = s.settings.raw['recipients'];
  const signer = s.settings.raw['signer'];
  if (Array.isArray(recipients) && recipients.length > 0) {
    out.push(`**${L.recipients}:**`, '');
    for (const r of recipients) if (typeof r === 'string') out.push(`- ${mdInline(r)}`);
    out.push('');
  }
  if (signer && typeof signer === 'object' && !Array.isArray(signer)) {
    const g = (k: string): string | null => setting(s.settings, `signer.${k}`);
    const lines = [g('on_behalf'), g('title')].filter((x): x is string => x !== null).map((x) => `**${mdInline(x)}**`);
    if (g('name')) lines.push('', '', `**${mdInline(g('name') ?? '')}**`);
    out.push(lines.join('  \n'), '');
  }
  return out;
}
