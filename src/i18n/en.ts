// Every word gopy says in English (`--lang en`). Same keys as vi.ts: the type
// is `typeof vi`, so a missing or extra key is a type error.

import type { Words } from './vi.js';
import type { DecisionImportSummary, DraftNoteText, DraftSummary, FormSummary, TablesSummary } from '../model/import-summary.js';
import type { SheetSummary } from '../model/import-summary.js';

const kinds: Words['report']['kinds'] = {
  agree: 'Agrees',
  amend: 'Amendment',
  add: 'Addition',
  delete: 'Deletion',
  question: 'Question',
  other: 'Other',
};

const decisions: Words['report']['decisions'] = {
  accepted: 'Accepted',
  partial: 'Partly accepted',
  explained: 'Explained',
  noted: 'Noted',
  referred: 'Referred to the meeting',
  pending: 'Pending',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 December 2026" from 2026-12-01 (other text as it is). */
function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso;
}

export const en: Words = {
  report: {
    kinds,
    decisions,
    generalTitle: 'General comments on the draft',
    reportKind: 'REPORT',
    reportTitle: 'Synthesis of comments on the draft',
    country: 'COMMUNIST PARTY OF VIETNAM',
    draft: 'Draft',
    version: 'version',
    meeting: 'For',
    summary: 'SUMMARY',
    body: 'COMMENTS AND RESPONSES',
    referredPart: 'POINTS FOR THE MEETING TO DECIDE',
    referredIntro: 'Opinions differ on the points below; the drafting body asks the meeting to decide:',
    unplacedPart: 'COMMENTS ON SECTIONS NOT IN THE DRAFT',
    unplacedIntro: 'The comments below name a section the draft does not have; they are kept for review:',
    delegatesCount: 'Delegates and delegations',
    commentsCount: 'Comments',
    byGroup: 'By group',
    group: 'Group',
    noGroup: 'Other',
    delegates: 'Delegates',
    comments: 'Comments',
    decision: 'Decision',
    count: 'Comments',
    mostCommented: 'Most commented sections',
    onlyAgree: 'Delegates who agree with the draft as it stands',
    none: 'None',
    quote: 'Draft text',
    proposal: 'Proposed',
    response: 'Response',
    section: 'Section',
    no: 'No.',
    delegateCol: 'Delegate',
    contentCol: 'Comment',
    responseCol: 'Response',
    kind: 'Kind',
    anchor: 'Anchor',
    recipients: 'Recipients',
    unknownSection: 'section not in the draft',
    draftNamed: (stem, version) => (version ? `draft ${version} (${stem})` : `draft ${stem}`),
    commentedOn: (draft, section) => `Comment on ${draft}${section ? `, section ${section}` : ''}`,
    sectionGone: 'this section is no longer in this draft',
    commentsOf: (n) => (n === 1 ? '1 comment' : `${n} comments`),
    commentNo: 'comment no.',
    date: (iso, place) => (place ? `${place}, ${longDate(iso)}` : longDate(iso)),
    numberPrefix: 'No.',
    numberBlank: 'No.\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/…',
    dateBlank: (place) =>
      `${place ? `${place}, ` : ''}\u00a0\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0`,
    defaultRecipients: ['Office files'],
    contents: 'CONTENTS',
    chartBySection: 'Comments per section of the draft',
    chartDecisions: 'Decisions on the comments',
    referredNote: "The drafting body's note",
    commentsRange: (from, to) => (from === to ? `comment ${from}` : `comments ${from}–${to}`),
    pdfTooLong: (n, max, docx) =>
      `no PDF: the report has ${n.toLocaleString('en-GB')} comments; above ${max.toLocaleString('en-GB')} printing through the browser takes minutes; print the Word file ${docx} instead; the rest of the pack is written`,
    generalShort: 'General',
    total: 'Total',
    maybe: (code) => `possibly section ${code}`,
    sameAs: (no) => `as for comment ${no}`,
    typedSection: 'Section as written',
    decisionsTable: 'Decisions on the comments',
    groupsTable: 'Comments by group of delegates',
    opening: (o) =>
      [
        `Comments were sought on ${o.draft}`,
        o.asked !== null ? ` from ${o.asked} delegates and delegations` : '',
        `; ${o.comments === 1 ? '1 comment was' : `${o.comments} comments were`} received from ${o.delegates === 1 ? '1 delegate' : `${o.delegates} delegates`}`,
        o.missing.length > 0 ? ` (no reply yet from: ${o.missing.join(', ')})` : '',
        '. They are summarised, with the responses, below:',
      ].join(''),
    closing: (o) => `The above is the ${o.report}${o.meeting ? `, submitted to ${o.meeting} for consideration` : ''}./.`,
    columns: {
      no: 'No.',
      id: 'Comment id',
      sectionNumber: 'Section number',
      sectionTitle: 'Section',
      anchor: 'Anchor',
      name: 'Delegate',
      title: 'Delegate title',
      organization: 'Organization',
      group: 'Group',
      kind: 'Kind',
      kindCode: 'Kind code',
      text: 'Comment',
      quote: 'Draft text',
      proposal: 'Proposed',
      decision: 'Decision',
      decisionCode: 'Decision code',
      note: 'Note',
      origin: 'Commented on',
    },
    continued: (cite) => `${cite} (cont.)`,
  },

  diff: {
    kinds,
    decisions,
    title: 'Comparison of draft versions',
    oldDraft: 'Earlier version',
    newDraft: 'Later version',
    version: 'version',
    statuses: { added: 'Added', removed: 'Removed', modified: 'Modified', renamed: 'Renamed', moved: 'Moved', unchanged: 'Unchanged' },
    statusCounts: {
      added: 'added',
      removed: 'removed',
      modified: 'modified',
      renamed: 'renamed',
      moved: 'moved',
      unchanged: 'unchanged',
    },
    summary: 'Summary',
    noChange: 'The two drafts do not differ in content.',
    titleLine: 'Title',
    anchorChanged: 'Anchor',
    movedFrom: 'Moved from',
    movedTo: 'to',
    top: '(top level)',
    wasNumbered: 'was',
    inline: 'Inline',
    sideBySide: 'Side by side',
    showTech: 'Show files and anchors',
    showUnchanged: 'Show unchanged sections too',
    before: 'Earlier version',
    after: 'Later version',
    empty: '(no text)',
    comments: 'Comments on this section',
    checks: 'Checks on the revision',
    notReflected: 'Comments accepted but not reflected in the later version',
    explainedApplied: 'Comments explained (not taken) whose proposal appears in the later version',
    carryOver: 'Comments on anchors gone from the later version (carry them over)',
    shifted: 'Anchors that now name another section',
    unknownAnchor: 'Comments on anchors in neither version',
    drafting: 'Changes not prompted by any comment',
    generalComments: 'General comments',
    none: 'None.',
    legend: 'Struck-through text is removed; underlined text is added.',
    text: {
      wordsChanged: (ins, del) => `${ins} words inserted, ${del} deleted`,
      noChange: (n) => `no change in content: ${n} sections unchanged`,
      movedWithin: (to) => `moved within "${to}"`,
      movedFromTo: (from, to) => `moved from "${from}" to "${to}"`,
      title: 'title:',
      noComment: '(no comment on this section)',
      comments: 'comments:',
      notReflected: 'accepted but not reflected',
      explainedApplied: 'explained, yet the proposal appears',
      shifted: 'anchor now names another section',
      gone: 'anchor gone from the new draft (carry over)',
      unknown: 'anchor in neither draft',
      drafting: 'changed without any comment (drafting changes)',
      none: 'none',
    },

    deleted: 'removed',
    inserted: 'added',
  },

  status: {
    heading: 'CONSULTATION STATUS',
    draft: 'Draft',
    version: 'version',
    commentNo: (n) => `Comment ${n}`,
    meeting: 'Meeting',
    noMeetingDate: 'no meeting date yet (set meeting: date: in gopy.yaml)',
    daysLeft: (n) => (n > 1 ? `${n} days left` : n === 1 ? '1 day left' : n === 0 ? 'today' : `${-n} day(s) ago`),
    delegates: 'Delegates',
    sentOf: (sent, expected) => `${sent} of ${expected} have sent comments`,
    sentNoList: (sent) => `${sent} have sent comments (list the expected delegates under delegates: in gopy.yaml to see who has not)`,
    missing: 'Not sent yet',
    emptyForm: 'blank form',
    empty: 'Forms with no comments yet',
    unlisted: 'Sent, but not in the list',
    bySection: (n) => `Comments by section (${n})`,
    unknownAnchor: 'section not in the draft',
    pendingShort: (n) => `${n} pending`,
    decisions: 'Decisions',
    pendingBySection: (n) => `Pending by section (${n})`,
    referred: (n) => `Referred to the meeting (${n})`,
    noReferred: 'none',
    allDone: 'Every comment has a decision.',
    stillPending: (n) => `${n} comment(s) still pending.`,
    noComments: 'No comments yet.',
    date: (iso) => longDate(iso),
  },

  anchors: {
    anchor: 'ANCHOR',
    number: 'NO',
    title: 'TITLE (line)',
    general: '(the draft as a whole)',
  },

  commentForm: {
    heading: (title) => `COMMENT FORM${title ? `: ${title}` : ''}`,
    draftLine: (file, version) => `Draft: ${file}${version ? ` (version ${version})` : ''}`,
    how: (kinds) => [
      'How to write your comments:',
      '  1. Under "comments:" are the sections of the draft. On the section you comment on,',
      '     delete the "# " at the start of the line (keep the 2 spaces of indent) and write after the colon:',
      '       mt-02: Raise the target for new members.',
      '  2. Text with a colon and a space (": ") inside goes between double quotes,',
      '     or after a "|" on the next lines, indented by 2 more spaces:',
      '       mt-01: "Opinion: agreed with the draft."',
      '       mt-03: |',
      '         Change: "95%" to "97%".',
      '  3. To give the kind of comment, the words of the draft and the wording you propose:',
      '       mt-02:',
      '         kind: amend',
      '         text: Raise the target for new members.',
      '         quote: 1.200',
      '         proposal: 1.500',
      '  4. Several comments on one section: one per line, each starting with "- ".',
      '  Kinds of comment (kind):',
      ...kinds,
      '  Lines starting with "#" are notes: no need to delete them. Save the file as UTF-8.',
      '  Check the file: gopy check',
    ],
    defaultKind: '(default)',
    hints: {
      name: "the delegate's full name, or the unit's name (required)",
      title: 'position',
      organization: 'organisation, unit',
      group: 'group of delegates (optional)',
      date: 'date of the comments, e.g. 2024-02-26',
    },
    word: {
      kind: 'COMMENT FORM',
      how: 'How to fill in: write your comment in the "Comments" column on the row of the section concerned (a cell may hold several paragraphs); write the wording you propose in the "Proposed wording" column. Leave the rows you have no comment on empty. Please do not add or remove columns.',
      generalCode: 'General',
      dateLine: '…………, date ……………',
      signer: 'COMMENTED BY',
      signHint: '(Signature, full name)',
    },
  },

  check: {
    fixedLines: (file, lines) => `${file}: quoted the text on line(s) ${lines.join(', ')} (a colon inside the text)`,
    nothingToFix: 'no line needed quoting',
    fixFailed: (file, why) => `could not write ${file} (${why}); the file is unchanged`,
    noDraft: 'no draft',
    summary: (c) =>
      `${c.files} comment file(s)${c.unread ? ` (${c.unread} could not be read)` : ''}, ${c.comments} comment(s), ${c.responses} response file(s); ${c.errors} error(s), ${c.warnings} warning(s)`,
  },

  help: {
    program: "Collect delegates' comments on a draft and turn them into the synthesis report.",
    titles: {
      'Usage:': 'Usage:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Arguments:': 'Arguments:',
      'Global Options:': 'Global Options:',
    },
    usageOptions: '[options]',
    usageCommand: '[command]',
    afterError: '(run "gopy --help" for the commands)',
    helpOption: 'display help for command',
    helpCommand: 'display help for a command',
    version: 'output the version number',
    placeholders: {
      dir: '<dir>',
      file: '<file>',
      format: '<format>',
      lang: '<lang>',
      name: '<name>',
      title: '<title>',
      group: '<group>',
      fieldColumn: '<field=column>',
      kind: '<kind>',
      n: '<n>',
      optDir: '[dir]',
      command: '[command]',
    },
    args: {
      old: 'old',
      new: 'new',
      dir: 'dir',
      file: 'file',
    },
    options: {
      C: 'run as if started in <dir> (like git -C)',
      draft: 'the draft to use (a path, or a version name in drafts/)',
      comments: 'folder of comment files (default: comments/)',
      responses: 'folder of decision files (default: responses/)',
      lang: 'language of messages and help, and of the report where a command makes one: vi or en (default: lang: in gopy.yaml, else vi)',
      noColor: 'no colour in the output',
      format: (formats) => `output format: ${formats}`,
      output: 'write to a file ("-" = standard output)',
    },
    commands: {
      check: {
        description: 'validate the draft, comment and decision files; one problem per line as path:line:col',
        fix: 'quote the lines whose text holds a colon (": "), rewriting those files and saying what changed',
      },
      anchors: { description: "list the draft's sections: anchor, number, title, line" },
      collate: { description: 'the numbered synthesis report (default Markdown on standard output)' },
      export: {
        description: 'the meeting pack: the report as Word, PDF, HTML, Markdown, JSON and CSV in one folder',
        output: 'the folder to write (default: bao-cao)',
        force: 'replace the folder if it holds an earlier pack',
        noPdf: 'skip the PDF (it needs Chromium)',
      },
      diff: {
        description: 'compare two versions of the draft section by section, word by word (default: the two latest in drafts/)',
        old: 'the earlier draft: a path, or a version name in drafts/',
        new: 'the later draft (default: the latest version)',
        format: 'output format: text (default), md, html, json',
        stat: 'counts only: which sections changed and how many words',
        exitCode: 'exit with 1 when the drafts differ, 0 when they do not',
        comments: 'cross-reference the comments (default folder: comments/) and the decisions on them',
      },
      init: {
        description: 'a new consultation folder: gopy.yaml, a starter draft, an example comment file, editor settings',
        dir: 'the folder to make (default: the current folder)',
        editor: 'only add or renew the editor files (JSON Schemas, VS Code settings) in an existing workspace',
      },
      template: {
        description: 'a blank comment form for a delegate, listing every anchor of the draft with its title',
        delegate: "the delegate's name (or the delegation's)",
        organization: "the delegate's organisation",
        title: "the delegate's position",
        group: "the delegate's group, for the statistics",
        all: 'one form for each delegate listed in gopy.yaml, as new files in forms/ (or -o <dir>)',
        format: 'yaml (default: a comment file to fill in) or docx (a Word form to fill in Word)',
        output: 'write the form to a new file, or into a folder (default: standard output); never overwrites',
      },
      status: {
        description: 'where the consultation stands: who has not sent comments, what is pending, days to the meeting',
        strict: 'exit with 1 while any comment has no decision (the last check before the meeting)',
      },
      decisions: {
        description: 'the decision sheet (Excel): one row per comment, the decision picked from a list, then read back with gopy import',
        output: 'the Excel file to write (default: quyet-dinh.xlsx)',
      },
      import: {
        description:
          'a Word draft (.docx) becomes a Markdown draft; comments in a spreadsheet (CSV, Excel), a filled Word form or a Word table become comment files, one per delegate',
        file: 'a Word file (.docx) or a spreadsheet: .csv (comma, semicolon or tab) or .xlsx',
        as: 'what the file holds when it cannot tell by itself: draft, comments or decisions',
        force: 'replace a file that is already there (a draft or a form imported again)',
        sheetWins:
          "where the decision sheet differs from a decision already taken, take the sheet's (default: keep the old one and say so)",
        column:
          'which column holds a field: name, title, organization, group, date, section, kind, text, quote, proposal, id; the column by header, letter or number (repeat for each)',
        sheet: 'the sheet of an Excel workbook (name or number; default: the first)',
        headerRow: 'the row that holds the column headers (default: found)',
        delegate: 'the delegate of rows that name none (a sheet from one delegate or delegation)',
        organization: "that delegate's organisation",
        output: 'write the new files into this folder (default: comments/; drafts/ for a draft)',
        dryRun: 'show what would be imported; write nothing',
      },
    },
  },

  workspace: {
    noFolder: (dir) => `no folder ${dir}`,
    optionNoFolder: (flag, dir) => `${flag} ${dir}: there is no such folder`,
    optionIsFile: (flag, dir) => `${flag} ${dir}: this is a file, not a folder; give the path of a folder`,
    commentsIsFile: 'this is a file, and a folder of comment files (.yaml) is needed here',
    noComments:
      'there is no such folder, so there are no comments to collate: put the comment files (.yaml) here, or name another folder with --comments',
    notYaml: (count) => `${count} file(s) here are not .yaml or .yml and were not read`,
    draftNotFound: (value, names) =>
      `there is no draft "${value}"${names ? ` (drafts/ holds: ${names})` : ' (there is no drafts/ folder here)'}`,
    draftTooDeep: 'the draft has thousands of block quotes (>) or lists inside one another and cannot be read: flatten them',
    noDraft: 'no draft yet: put the draft (a Markdown .md file) in the drafts/ folder, or name one with --draft',
  },

  settings: {
    shape: (found) => `gopy.yaml must be made of "name: value" lines (title:, lang:, …), found ${found}`,
    top: 'the top of gopy.yaml',
    under: (name) => `"${name}:" in gopy.yaml`,
    badLang: '"lang:" must be vi (Vietnamese) or en (English)',
    textOrMap: (name, known) => `"${name}:" must be a line of text, or a block of ${known}; found a list`,
    signerShape: (known, found) => `"signer:" must be a block of ${known}, found ${found}`,
    recipientsShape: (found) => `"recipients:" must be a list, one "- " line for each recipient, found ${found}`,
    delegatesShape: (found) => `"delegates:" must be the list of delegates asked for comments, one "- " line for each, found ${found}`,
    delegateNoName: 'a delegate under "delegates:" has no name: write the name, or delete the line',
    delegateList: 'each delegate under "delegates:" must be a name, or a block of name, organization, file; found a list',
    delegateNeedsName: 'a delegate under "delegates:" has no "name:" (or "organization:" for a delegation)',
    dateProblem: (what, text, p) => {
      switch (p.kind) {
        case 'short-year':
          return `"${what}: ${text}": write the year with 4 digits, e.g. 01/12/2026`;
        case 'month':
          return `"${what}: ${text}" is not a real date: there is no month ${p.month} (months go from 1 to 12); write day/month/year, e.g. 01/12/2026`;
        case 'day':
          return `"${what}: ${text}" is not a real date: month ${p.month} of ${p.year} ${p.day < 1 ? 'has no day 0' : `has only ${p.last} days`}; correct the day`;
        default:
          return `"${what}: ${text}" cannot be read as a date: write day/month/year, e.g. 01/12/2026 (or 2026-12-01)`;
      }
    },
    placeholder: (what, blank) =>
      `"${what}:" still holds the blank ${blank}: replace it (brackets included) with the real details, or the report prints it as it is`,
  },

  draftFile: {
    frontMatterShape:
      'the head of the draft (between the two --- lines) must be made of "name: value" lines, such as "title: …" and "version: 2"',
    frontMatterText: (key) => `"${key}:" in the head of the draft must be a line of text; it is ignored`,
    reservedAnchor: (id) =>
      `"{#${id}}": the anchor "general" is kept for comments on the draft as a whole, not for a section; choose another`,
    duplicateAnchor: (id, line) => `the anchor "${id}" is already used on line ${line}: each section needs its own; change one of them`,
    badAnchor: (id) => `"{#${id}}" is not a valid anchor (use A-Z a-z 0-9 . _ -, starting with a letter or digit); it is left as text`,
    strayAnchor: (id) => `"{#${id}}" anchors nothing here: only headings and list items take an anchor; it is left out of the text`,
    tooDeep: (depth, max) =>
      `block quotes (>) or lists nested ${thousands(depth)} levels deep: the draft cannot be read like this (at most ${thousands(max)} levels); flatten them`,
    longRun: (count, mark, max) =>
      `a run of ${thousands(count)} "${mark}" characters: the draft cannot be read like this (at most ${thousands(max)} in a row); remove it, or put it in a code block (between two \`\`\` lines)`,
    brackets: (max) =>
      `more than ${thousands(max)} "[" in one paragraph: the draft cannot be read like this (links take too long to resolve); split the paragraph, remove them, or put them in a code block`,
    stars: (max) =>
      `more than ${thousands(max)} separate "*" marks in one paragraph: the draft cannot be read like this; split the paragraph, remove them, or put them in a code block`,
  },

  decide: {
    conflicting: (id, prior, at, now) =>
      `comment ${id} already has the decision "${prior}" (${at}); it cannot also be "${now}": keep one of them`,
    unknownComment: (id, hint) =>
      `no comment has the id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}: a comment id is comment-file/anchor/number, e.g. le-duc-duc/mt-02/1`,
    wrongAnchor: (id, on, key) => `comment ${id} is on "${on}", not on "${key}": move this decision under "${on}:"`,
    unused: (key) => `"to: all" under "${key}" applies to no comment (none there, or all already decided)`,
  },

  tell: {
    created: (file) => `created ${file}`,
    wrote: (file) => `wrote   ${file}`,
    kept: (file) => `kept    ${file}`,
    skipped: (file) => `skipped ${file}`,
    fileExists: (shown) => `${shown} already exists: it is not overwritten, and nothing was written`,
    someFileExists: 'a file to be written already exists: it is not overwritten, and nothing was written',
    badCommandLine: 'the command line is not right',
    collate: {
      notAvailable: (format) => `format "${format}" is not available yet`,
      toTerminal: 'a Word or Excel file cannot be shown in the terminal: write it to a file, e.g. -o report.docx',
    },
    decisions: { toTerminal: 'a decision sheet is an Excel file: give -o <file>.xlsx' },
    status: { strict: (count) => `--strict: ${count} comment(s) still have no decision` },
    diff: {
      tooMany: (count) => `diff compares at most two drafts (old and new), not ${count}`,
      nothingElse: (file) => `no other draft to compare ${file} with: drafts/ is empty (name both drafts)`,
      onlyVersion: (file) => `${file} is the only version in drafts/: name the draft to compare it with`,
      needTwo: (have) =>
        `need two drafts to compare, ${have ? `found only ${have}` : 'and there is no drafts/ folder or no draft in it'}: put both versions in drafts/, or name them (gopy diff <old> <new>)`,
    },
    export: {
      toTerminal: 'export writes a folder: give it with -o <dir>',
      notFolder: (shown) => `${shown} exists and is not a folder: choose another -o`,
      exists: (shown) => `${shown} already exists: add --force to replace it, or choose another -o`,
      notWholePack: (shown, missing) =>
        `${shown} is not a whole gopy pack (no ${missing}); gopy replaces only a folder it wrote: choose another -o`,
      moreThanPack: (shown, list) =>
        `${shown} holds more than a gopy pack (${list}); gopy replaces only a folder it wrote: choose another -o`,
      noPdf: (why) => `no PDF: ${why}; the rest of the pack is written`,
    },
    pdf: {
      badBrowserEnv: (named) =>
        `no PDF: GOPY_CHROMIUM is set to "${named}", which is not a program that can be run; set it to the Chromium or Chrome program, or unset it and install Chromium (apt-get install chromium fonts-liberation2)`,
      noBrowser:
        'no PDF: Chromium was not found; install it (apt-get install chromium fonts-liberation2) or set GOPY_CHROMIUM to the browser program',
      wroteNothing: (browser) => `${browser} wrote no PDF`,
      notPdf: (browser) => `${browser} wrote something that is not a PDF`,
      timeout: (browser, seconds) => `${browser} took longer than ${seconds} s and was stopped`,
      cannotRun: (program, why) => `cannot run ${program} (${why})`,
      failed: (browser, code, last) => `${browser} failed (exit code ${code})${last ? `: ${last}` : ''}`,
    },
    init: {
      isFile: (shown) => `${shown} is a file: give a new or empty folder`,
      noFolder: (shown) => `no folder ${shown}`,
      already: (shown, found) =>
        `${shown} already holds a gopy workspace (${found}): nothing was written. Use a new folder (gopy init <dir>), or "gopy init --editor" to add only the editor files`,
      yours: (file, schemas) =>
        `kept    ${file} (yours, not changed)${schemas ? `: to check files as you type, map the schemas in ${schemas} under "yaml.schemas"` : ''}`,
      there: (file) => `kept    ${file} (already there)`,
      next: (cd, example, decisions) =>
        [
          '',
          'A new consultation, with a starter draft and one example of comments and decisions. Next:',
          `${cd}  gopy status                 where it stands (try it now)`,
          '  gopy anchors                the sections of the draft, with the anchors comments refer to',
          '  gopy template --delegate "Name" -o comments/name.yaml',
          '                              a comment form for one delegate (--all: one per delegate in gopy.yaml)',
          '  gopy check                  check every file',
          '  gopy collate -o report.md   the synthesis report',
          'Put the real draft in drafts/ (Markdown), edit gopy.yaml, and delete the two example files',
          `(${example}, ${decisions}) when real comments arrive.`,
        ].join('\n'),
    },
    template: {
      allWithDelegate: '--all takes the delegates from gopy.yaml: leave out --delegate, --organization, --title and --group',
      noDelegates: 'gopy.yaml lists no expected delegates (delegates:): add them there, or make one form with --delegate "Name"',
      allNeedsFolder: (o) => `-o ${o}: with --all, -o names a folder, and this is a file`,
      needsFolder: (o) => `-o ${o}: a folder is needed, and this is a file`,
      sameFile: (shown, who) => `${shown} (${who}: the same file as a delegate above)`,
      alreadyThere: (shown) => `${shown} (already there, kept as it is)`,
      written: (count, skipped) =>
        `${count} form(s) written, ${skipped} skipped; send each delegate their form, and save the filled ones in comments/`,
      folderNeedsName: (o) => `-o ${o} is a folder: give --delegate "Name" so the form can be named after the delegate, or -o <file>.yaml`,
      exists: (shown) => `${shown} already exists: gopy does not write over a comment file (choose another -o)`,
      wordToTerminal: 'a Word form is a file: give -o <file>.docx or a folder, not "-"',
      formExists: (shown) => `${shown} already exists: gopy does not write over a form (choose another -o)`,
      wordWritten: (count, skipped) =>
        `${count} Word form(s) written, ${skipped} skipped; send each delegate their form, then read the filled ones back with gopy import <file>.docx`,
      wordOne: 'send it to the delegate; read the filled form back with gopy import <file>.docx',
    },
    word: {
      notDocx: 'not a Word document (.docx): perhaps an old .doc file; open it in Word and save it as .docx (Word Document)',
      noDocument: 'not a Word document (.docx): it holds no document part (word/document.xml)',
      damaged: (part) => `the part ${part} of the Word file is damaged: open it in Word and save it again`,
      noBody: 'the Word document has no body',
      decisionsFromWord:
        '--as quyet-dinh: decisions are read from the Excel decision sheet (.xlsx) made by gopy decisions, not from a Word file',
      noTable: (shown) =>
        `${shown}: no table of comments found (a table with a column for the comment and one for the delegate); or give --delegate`,
      mdIsFolder: (shown) => `${shown} is a folder: give -o a file name ending in .md`,
      mdExists: (shown) => `${shown} already exists: it is not overwritten (give --force to replace it, or -o another name)`,
      formDraft: (draft, file) =>
        `the form was made from the draft "${draft}", which is not in drafts/: its sections are looked up in ${file}`,
      noFormTable: (shown) =>
        `${shown}: the form's table of sections is missing: was it deleted? Make a new form with gopy template --format docx`,
      noWho: (shown) =>
        `${shown}: the form does not say who it is from: fill in the name (or the organisation) on the form, or give --delegate "Name"`,
    },
    sheet: {
      needColumns: (decision, id) =>
        `the columns "${decision}" and "${id}" (hidden) are needed: use the sheet made by gopy decisions, without removing columns`,
      notDecision: (value, list) => `"${value}" is not a decision (pick one from the list: ${list}): row not read`,
      groupDiffers: (group) =>
        `the rows of group "${group}" have different decisions: each row keeps its own; the rows without one stay pending`,
      exists: (shown) => `${shown} already exists: it is not overwritten (give --force to replace it with this sheet's decisions)`,
      unknownId: (id) => `comment "${id}" is not in comments/ any more: row not read`,
      needsNote: (label) => `"${label}" needs a note (why, or the options for the meeting): row not read`,
      conflict: (id, old, at, now) => `comment ${id} has "${old}" in ${at}; the sheet says "${now}"`,
      keptOld: (what) => `${what}: the old decision is kept (--sheet-wins takes the sheet's)`,
      tookSheet: (what) => `${what}: the sheet's is taken (--sheet-wins)`,
    },
  },

  messages: {
    xmlCharacter: (code) => `holds the control character ${code}, which a Word file cannot hold; the report shows it as "�": remove it`,
    files: {
      notRegular: 'not a regular file',
      tooLarge: (mb, limit) => `file is ${mb} MB, more than the ${limit} MB limit for this kind of file`,
      cannotRead: (why) => `cannot read the file (${why})`,
      cannotList: (why) => `cannot list the folder (${why})`,
      skippedLock: 'a lock file left by Word or Excel while a document is open: not read',
      skippedHidden: 'a hidden file (its name starts with "."): not read; rename it to have it read',
      skippedFolder: 'a folder, not a file: not read (the files inside it are not read either)',
      skippedSpecial: 'not a regular file (a pipe or a device): not read',
      utf16: (order) =>
        `the file is saved as UTF-16 ${order} (Notepad's "Unicode"); gopy reads it, but save it again as UTF-8 (Notepad: Save as… › Encoding: UTF-8)`,
      notUtf8: 'the file is not UTF-8 text (perhaps Windows-1258 or TCVN3): save it again as UTF-8',
      codes: {
        notFound: 'not found',
        permission: 'permission denied',
        loop: 'symbolic link loop',
        isFolder: 'is a folder',
        unknown: 'unknown error',
      },
    },
    found: { map: 'a mapping', seq: 'a list', nothing: 'nothing', text: 'text' },
    unknownField: (field, where, hint) => `unknown field "${field}" at ${where}${hint ? ` (did you mean "${hint}"?)` : ''}; it is ignored`,
    mustBeText: (field, found) => `"${field}:" must be text, found ${found}`,
    comments: {
      empty: 'the file is empty: expected "delegate:" and "comments:"',
      shape: (found) => `expected a mapping with "delegate:" and "comments:", found ${found}`,
      topLevel: 'top level',
      missingComments: 'missing "comments:" (a mapping from section anchors to comments)',
      noComments: '"comments:" is empty: this delegate has no comments yet',
      commentsShape: (found) => `"comments:" must map section anchors to comments, found ${found}`,
      emptyAnchor: 'empty section anchor',
      emptyList: (anchor) => `no comment under "${anchor}"`,
      duplicateId: (id, line) => `comment id "${id}" is already used on line ${line}`,
      missingDelegate: 'missing "delegate:" (who made these comments: at least "name:")',
      delegateShape: (found) => `"delegate:" must be a mapping with "name:", found ${found}`,
      missingName: 'missing "name:" under "delegate:" (the delegate\'s or delegation\'s name)',
      emptyText: (anchor) => `no comment text under "${anchor}"`,
      listInList: (anchor) => `a comment under "${anchor}" must be text or a mapping with "text:", found a list inside a list`,
      commentUnder: (anchor) => `comment under "${anchor}"`,
      missingText: (anchor) => `a comment under "${anchor}" has no "text:"`,
      unknownKind: (value, kinds, hint) =>
        `unknown kind "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}: expected one of ${kinds.join(', ')}, or its Vietnamese label`,
      badId: (id) => `comment id "${id}" must be one word without spaces or "/"`,
    },
    responses: {
      empty: 'the file is empty: no decisions in it',
      shape: (found) => `expected a mapping from section anchors to decisions, found ${found}`,
      entryShape: (key, found) => `a decision under "${key}" must be a mapping with "to:" and "decision:", found ${found}`,
      inDecision: 'a decision',
      missingTo: (key) => `a decision under "${key}" has no "to:" (comment ids, or "all")`,
      toList: (found) => `"to:" must list comment ids, found ${found}`,
      toMixed: '"to:" lists comment ids together with "all": write either "to: all" or the ids',
      toShape: '"to:" must be a comment id, a list of ids, or "all"',
      missingDecision: (key, decisions) => `a decision under "${key}" has no "decision:" (${decisions.join(', ')})`,
      unknownDecision: (value, decisions, hint) =>
        `unknown decision "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}: expected one of ${decisions.join(', ')}, or its Vietnamese label`,
      missingNote: (decision) =>
        `decision "${decision}" needs a "note:" saying ${decision === 'explained' ? 'why the comment is not taken in' : 'the options for the meeting'}`,
    },
    yaml: {
      tab: 'a tab indents this line; this file is indented with spaces only: replace the tab with spaces, in line with the lines at the same level',
      colonInText: (key, text, quoted) =>
        `"${text}" has a colon and a space (": ") inside, so it reads as a new key: put the whole sentence in quotes (${key}: ${quoted}), or break the line after | (${key}: |) and write the sentence on the next line, indented; "gopy check --fix" adds the quotes for such lines`,
      dashOnKey: (key) =>
        `the list's "-" cannot stand on the same line as "${key}:": break the line after "${key}:", then write each comment on its own line starting with "- ", indented deeper than "${key}"`,
      unclosedQuote: (q) =>
        `the quotation mark ${q} opened here is never closed: add ${q} at the end of the sentence (if the sentence holds double quotes, put single quotes ' around it, or break the line after |)`,
      badIndent: (text, have, want) =>
        `"${text}" is indented by ${have} space(s), out of line with the lines at its level (${want}): line it up`,
      missingColon: (key, text) => `missing colon after "${key}": write "${key}: ${text}"`,
      wrongLevel: (text, key, owner) =>
        key
          ? `"${text}" is not indented where it belongs: if it is the comment (or the rest of the sentence) of "${key}" on line ${owner}, indent it deeper than "${key}", or write the whole sentence after "${key}: " on one line`
          : `"${text}" is not indented where it belongs, or lacks a key and a colon at the start`,
      other:
        'this line is not written the expected way: check the colon after each key, the indentation (spaces; lines at one level in line), and put sentences holding a colon in double quotes',
      duplicateKey: (key) =>
        `the key "${key}" appears twice in the same place; keep one (several comments on one anchor go in a list under it)`,
      tooDeep: (max) => `nesting deeper than ${max} levels`,
      aliasLimit: (max) => `aliases expand to more than ${max} values; write the values out`,
      unknownAlias: (name) => `unknown alias *${name}`,
      complexKey: 'a key must be plain text',
      control: (code) => `a control character (${code}) is not allowed: is this a text file? Save it again as UTF-8 text`,
      multipleDocuments: 'expected one YAML document, found a second one (remove the "---" line)',
      more: (n) => ` (${n} more problem(s) follow, probably caused by this one)`,
    },
    duplicateFileName: (other) => `this file and ${other} have the same name; comment ids would clash: rename one`,
    unknownAnchor: (key, hint) =>
      `unknown anchor "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}: the comment is kept and listed apart in the report`,
    quoteNotFound: (anchor) => `the quoted words are not in section "${anchor}" of the draft`,
    draftName: (stem, version) => (version ? `${stem} (version ${version})` : stem),
    unknownAnchorIn: (key, hint, draft) =>
      `unknown anchor "${key}" in ${draft}, the draft this file names${hint ? ` (did you mean "${hint}"?)` : ''}: the comment is kept and listed apart in the report`,
    quoteNotFoundIn: (anchor, draft) => `the quoted words are not in section "${anchor}" of ${draft}`,
    sectionRemoved: (anchor, draft, report) =>
      `section "${anchor}" of ${draft} has no counterpart in ${report} (removed or merged): the comment is kept and listed apart in the report`,
    draftUnspecified: (assumed, stem) =>
      `this file does not say which draft it comments on (no "draft:"), and drafts/ holds several versions: it is read against ${assumed}; add "draft: ${stem}" (or the version commented on)`,
    unknownDraft: (name, assumed) => `draft "${name}" is not in drafts/; the comments are read against ${assumed}`,
  },

  revision: {
    acceptedNowhere: 'decided "accepted" but its proposal is nowhere in the new draft',
    removedFrom: (anchor, draft) => `its section "${anchor}" of ${draft}, the draft its file names, is not in the old draft`,
    inNeither: (key) => `anchor "${key}" is in neither draft (see gopy check)`,
    removedNew: (was) => `the section "${was}" was removed from the new draft`,
    carried: (was, now, status, draft) =>
      `the section "${was}" is now "${now}" (${status}); gopy collate carries the comment there (its file names ${draft})`,
    carry: (now, stem) => `: carry the comment over (key it "${now}", or add "draft: ${stem}" to its file)`,
    gone: (key, now, status, carry) =>
      now
        ? `"${key}" is not in the new draft; the section is now "${now}" (${status})${carry}`
        : `"${key}" is not in the new draft; the section was removed from the new draft`,
    shifted: (key, now, carry) =>
      now
        ? `"${key}" now names another section in the new draft; the section commented on is now "${now}"${carry}`
        : `"${key}" now names another section in the new draft; the section commented on was removed`,
    notReflected: (decision, problem) => `decided "${decision}" but not reflected: ${problem}`,
    explainedApplied: 'decided "explained" (not taken), yet its proposal appears in the new draft',
    why: {
      removed: 'its section was removed from the new draft',
      unchanged: 'the section did not change',
      stillThere: 'the words it asked to delete are still in the section',
      notIn: 'the proposed wording is not in the new section',
      partial: 'neither the quoted words nor the proposal changed in the new section',
    },
  },

  importer: {
    notFile: (shown) => `${shown} is not a file`,
    tooLarge: (shown, mb) => `${shown} is larger than ${mb} MB`,
    cannotRead: (shown, why) => `cannot read ${shown} (${why})`,
    badFormat: (shown) => `${shown}: this spreadsheet format is not read; save it as .xlsx (Excel Workbook) or as CSV UTF-8`,
    sheetForCsv: '--sheet is for Excel workbooks (.xlsx), not CSV files',
    noHeaderRow: (n, shown) => `--header-row ${n}: no such row in ${shown}`,
    noRows: (shown) => `${shown} has no rows`,
    outputIsFile: (target) => `-o ${target}: a folder is needed, and this is a file`,
  },

  usage: {
    dirIsFile: (given) => `-C ${given}: this is a file, not a folder; -C needs the consultation folder (the one with gopy.yaml or drafts/)`,
    dirNotFound: (given) => `-C ${given}: no such folder`,
    noWorkspace: (dir) =>
      `no consultation folder found: neither ${dir} nor any folder above it holds gopy.yaml or drafts/; run "gopy init" to make one, or change into it (or use -C <dir>)`,
    badLang: (value) => `--lang must be vi or en, not "${value}"`,
    unknownFormat: (value, allowed) =>
      `unknown format "${value}": expected ${allowed.length === 2 ? allowed.join(' or ') : `one of ${allowed.join(', ')}`}`,
    unknownOption: (flag) => `unknown option ${flag}`,
    unknownCommand: (name) => `unknown command "${name}"`,
    didYouMean: (s) => `(did you mean ${s}?)`,
    missingArgument: (name) => `missing ${name}`,
    optionMissingValue: (flag) => `option ${flag} needs a value`,
    seeHelp: (command) => `(run "gopy ${command} --help" for its options)`,
    pdfIsExport: 'collate does not write PDF: use "gopy export" (the meeting pack, PDF included), or --format html and print that to PDF',
    tooManyArguments: 'too many arguments',
    noCommand: 'choose a command',
    willNotWriteInput: (shown, dir) => `will not write ${shown}: it is in ${dir}, which gopy only reads; choose another place with -o`,
    internal: (detail) => `internal error: ${detail} (please report this, with the files that caused it)`,
  },

  output: {
    ontoSettings: (shown) =>
      `will not write over ${shown}: it is the settings file gopy.yaml, which gopy only reads; choose another place with -o`,
    ontoInput: (shown) =>
      `will not write over ${shown}: it is an input of this command, which gopy only reads; choose another place with -o`,
    isFolder: (shown) => `cannot write ${shown}: it is a folder; give a file name with -o`,
    notRegular: (shown) => `will not write over ${shown}: it is not a regular file (a pipe, a device…); choose another place with -o`,
    noPermission: (shown) => `cannot write ${shown}: no permission to write there; choose another place with -o`,
    diskFull: (shown) => `cannot write ${shown}: the disk is full; nothing was written`,
    readOnly: (shown) => `cannot write ${shown}: the disk is read-only; choose another place with -o`,
    notFolderOnPath: (shown) => `cannot write ${shown}: part of the path is a file, not a folder; nothing was written`,
    otherWrite: (shown, code) => `cannot write ${shown} (${code}); nothing was written`,
    unknownError: 'unknown error',
    stdoutFailed: (why) => `could not go on writing to standard output (${why}): what was written is incomplete`,
    stdoutFull: 'the disk is full',
    stdoutNoPermission: 'no permission',
  },

  /** What gopy import says when it is done with a Word file or a decision sheet. */
  importing: {
    comments: {
      form: (s: FormSummary): string =>
        lines([
          `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.source}: comment form from ${s.who} (draft ${s.draft})`,
          s.imported > 0
            ? `  ${s.imported} comment(s) → ${s.files.join(', ')}${s.replaced ? ' (replacing the old file)' : ''}`
            : s.already > 0
              ? '  No new comments: those in the form are already in comments/.'
              : '  The form is empty: no comments, no file written.',
          s.empty > 0 ? `  ${s.empty} section(s) left empty (no comment).` : null,
          s.already > 0 && s.imported > 0 ? `  ${s.already} comment(s) already there: not imported again.` : null,
          s.unmatched > 0
            ? `  ${s.unmatched} comment(s) on a row whose section is not in the draft: kept, listed apart in the report.`
            : null,
          s.imported > 0 && !s.dryRun ? '  Next: gopy check, then gopy status.' : null,
        ]),
      tables: (s: TablesSummary): string =>
        lines([
          `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.source}: table(s) of comments (table ${s.tables.join(', ')}), ${s.rows} row(s)`,
          `  ${s.imported} comment(s) ${s.dryRun ? 'would be imported' : 'imported'} into ${s.files.length} new file(s):`,
          ...s.files.map((f) => `    ${f.shown}  ${f.who}: ${f.count} comment(s)`),
          s.blank > 0 ? `  ${s.blank} blank row(s) skipped.` : null,
          s.already > 0 ? `  ${s.already} repeated row(s) or comments already there: not imported again.` : null,
          s.unmatched > 0 ? `  ${s.unmatched} comment(s) on sections not in the draft: kept, listed apart in the report.` : null,
          s.skipped > 0 ? `  ${s.skipped} row(s) not imported: see the warnings above (rows are counted through all the tables).` : null,
          s.imported > 0 && !s.dryRun ? '  Next: gopy check, then gopy status.' : null,
        ]),
    },
    draft: {
      summary: (s: DraftSummary): string =>
        [
          `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.source} → ${s.target}${s.replaced ? ' (replacing the old file)' : ''}`,
          `  Title: ${s.title}`,
          `  Version: ${s.version}`,
          `  ${s.sections} sections with anchors: ${s.headings} headings, ${s.items} numbered items (targets, tasks)${s.sections > s.headings + s.items ? ', and the document title' : ''}`,
          s.notes > 0
            ? `  ${s.notes} thing(s) could not be converted as they were: see the warnings above, then fix them by hand in ${s.target}`
            : '  Everything was converted.',
          `  Next: open ${s.target} to check it; "gopy anchors" lists the sections; "gopy template --format docx --all" makes the comment forms.`,
          '',
        ].join('\n'),
      note: (n: DraftNoteText): string => {
        const where = n.where ? ` (in section "${n.where}")` : '';
        switch (n.rule) {
          case 'image':
            return `an image${where} cannot go into the Markdown draft: describe it in words if it matters`;
          case 'header-block':
            return `the document's header table (issuing body, national motto) was left out: put those details in gopy.yaml (issuer, number, place, date)`;
          case 'signature-block':
            return `the recipients and signature at the end of the document were left out: put those details in gopy.yaml (recipients, signer)`;
          case 'empty-heading':
            return `an empty heading${where} was left out`;
          default:
            return `${n.detail}${where}`;
        }
      },
    },
    sheet: {
      notXlsx:
        'not an Excel workbook (.xlsx): perhaps an old .xls file, or a file whose name was changed; open it in Excel and save it as .xlsx (Excel Workbook) or as CSV UTF-8',
      damaged: 'the Excel workbook (.xlsx) is damaged and cannot be read; open it in Excel or LibreOffice and save it again as .xlsx',
      noSheets: 'the workbook has no sheets; check the file (the right one, saved)',
      noSuchSheet: (wanted: string, names: readonly string[]): string =>
        `no sheet "${wanted}"; the workbook has: ${names.map((n) => `"${n}"`).join(', ')} (--sheet takes a sheet's name or number)`,
      windows1258:
        'the file is not saved as UTF-8: read as Windows-1258 (Excel\'s "CSV" on Vietnamese Windows); check the accents, or save it as "CSV UTF-8"',
      tcvn3:
        'some cells are typed in the TCVN3 encoding (ABC, .VnTime fonts): converted to Unicode; check the accents, or convert the whole file to Unicode first (Unikey: its conversion tool)',
      quoteNotClosed:
        'a cell opens a double quote (") and never closes it: the rest of the file was read into that cell; add the closing quote at the end of the cell and import again',
      badAs: (value: string): string => `--as ${value}: expected draft, comments or decisions`,
      draftNeedsWord: '--as draft: a draft is imported from a Word file (.docx) only',
      notDecisionSheet: (shown: string): string =>
        `${shown}: not a decision sheet made by "gopy decisions" (its hidden sheet "gopy" is missing); to import comments from it, use --as comments`,
      cannotTell: (shown: string, missing: readonly string[], headerRow: number, columns: readonly string[]): string =>
        `${shown}: cannot tell which column holds ${missing.length > 0 ? missing.join(' and ') : 'what'} (header row ${headerRow}: ${columns.join(', ')}); name them with --column, e.g. --column text="Ý kiến" --column name=B`,
      missingText: 'the comment text (text, e.g. "Nội dung góp ý")',
      missingDelegate: 'the delegate (name, e.g. "Name", or organization, e.g. "Organization"; or give --delegate for every row)',
      aboveHeader: (rows: readonly number[], headerRow: number): string =>
        `${rowList(rows)} above the header row (row ${headerRow}): not read`,
      nothingImported: 'no row could be imported (see the messages above): nothing was written',
      summary: (s: SheetSummary): string => {
        return lines([
          `${s.shown}${s.sheet ? ` (sheet "${s.sheet}")` : ''}: header on row ${s.headerRow}, ${s.rows} row(s) below it`,
          `  columns: ${s.columns.join(', ')}`,
          s.unread.length > 0 ? `  not read: ${s.unread.join(', ')}` : null,
          `  ${s.imported} comment(s) ${s.dryRun ? 'would be imported' : 'imported'} into ${s.files.length} new file(s) in ${s.target}/`,
          ...s.files.map(
            (f) =>
              `    ${f.shown}  ${f.who}: ${f.count} comment(s), ${rowList(f.rows)}${f.besides ? ` (besides ${f.besides}, kept as it is)` : ''}`,
          ),
          s.unmatched > 0 ? `  ${s.unmatched} comment(s) on a section not in the draft: kept as written, listed apart in the report` : null,
          s.blank.length > 0 ? `  ${s.blank.length} blank row(s) skipped (${rowList(s.blank)})` : null,
          s.duplicates > 0 ? `  ${s.duplicates} repeated row(s) imported once` : null,
          s.already > 0 ? `  ${s.already} row(s) already in the comment files: not imported again` : null,
          s.notImported > 0 ? `  ${s.notImported} row(s) not imported: see the messages (${s.shown}:row)` : null,
          s.dryRun ? '  dry run: nothing was written' : s.files.length > 0 ? '  next: gopy check, then gopy status' : null,
        ]);
      },
    },
    rows: {
      columnSyntax: (text: string): string => `--column "${text}": write it as field=column, e.g. text="Nội dung góp ý" or text=C`,
      unknownField: (field: string, hint: string | null, fields: readonly string[]): string =>
        `--column: unknown field "${field}"${hint ? ` (did you mean "${hint}"?)` : ''}; the fields are ${fields.join(', ')}`,
      noColumnGiven: (field: string): string => `--column ${field}=: name a column (a header, a letter such as C, or a number)`,
      noSuchColumn: (field: string, spec: string, headers: readonly string[]): string =>
        `--column ${field}=${spec}: no such column in the header row (${headers.map((h) => `"${h}"`).join(', ')})`,
      numberingRow: 'a row of column numbers under the header: not read',
      kindAsText: (kind: string): string => `no comment text, only the kind "${kind}": that is used as the text`,
      noText: 'no comment text in this row: not imported',
      noDelegate: 'no delegate (name or organisation) in this row, nor in a row above: not imported',
      delegateFromAbove: (row: number, name: string): string => `no delegate in this row: taken from row ${row} above (${name})`,
      proposalAsText: 'no comment text, only a proposed wording: the proposal is used as the text too',
      unknownKind: (kind: string, kinds: readonly string[]): string =>
        `kind "${kind}" is not one gopy knows (${kinds.join(', ')}, or the kinds' Vietnamese names as the report prints them): imported as "other"`,
      alreadyIn: (file: string | null): string => `this row is already in ${file ?? 'a comment file'}: not imported again`,
      repeats: (row: number): string => `this row repeats row ${row} (same delegate, section and text): imported once`,
      unknownSection: (cell: string, candidates: readonly string[], anchor: string): string => {
        const some = candidates.length > 5 ? `${candidates.slice(0, 5).join(', ')}, …` : candidates.join(', ');
        const why = candidates.length > 1 ? ` (it could be ${some})` : candidates.length === 1 ? ` (did you mean "${candidates[0]}"?)` : '';
        return `section "${cell}" is not one of the draft's${why}: the comment is kept under "${anchor}" and will be listed apart in the report`;
      },
      badId: (id: string, twice: boolean): string =>
        `comment id "${id}" is ${twice ? 'used twice for this delegate' : 'not one word without "/"'}: left out`,
    },
  },
  decisionSheet: {
    sheet: 'Decisions',
    columns: {
      no: 'No.',
      section: 'Section',
      delegate: 'Delegate / organisation',
      comment: 'Comment',
      decision: 'Decision',
      note: 'Note / what is taken in, or why not',
      group: 'Group',
      id: 'Comment id',
    },
    pickOne: 'Pick a decision from the list.',
    written: (shown: string, rows: number, decided: number): string =>
      `Wrote ${shown}: ${rows} comment(s), ${decided} already decided.\n  Fill in "Decision" (pick from the list) and "Note"; rows with the same "Group" are decided together.\n  Then: gopy import ${shown}\n`,
    summary: (s: DecisionImportSummary): string =>
      lines([
        `${s.dryRun ? 'Dry run (nothing written): ' : ''}${s.source}: decision sheet, ${s.rows} row(s)`,
        s.written > 0
          ? `  ${s.written} new or changed decision(s) → ${s.target}${s.replaced ? ' (replacing the old file)' : ''}`
          : '  No new decisions: no file written.',
        s.unchanged > 0 ? `  ${s.unchanged} row(s) keep the decision already taken.` : null,
        s.pending > 0 ? `  ${s.pending} row(s) without a decision yet.` : null,
        s.conflicts > 0
          ? s.sheetWins
            ? `  ${s.conflicts} row(s) differ from a decision already taken: the sheet wins (--sheet-wins); the old decisions are taken out of ${s.changedFiles.join(', ')}.`
            : `  ${s.conflicts} row(s) differ from a decision already taken: the old decision is kept (see the warnings above); run again with --sheet-wins to take the sheet's.`
          : null,
        s.skipped > 0 ? `  ${s.skipped} row(s) could not be read: see the warnings above.` : null,
        s.written > 0 && !s.dryRun ? '  Next: gopy status, then gopy collate.' : null,
      ]),
  },
};

/** "row 4", "rows 2, 3, …" (at most twelve). */
function rowList(rows: readonly number[]): string {
  return rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.length > 12 ? `${rows.slice(0, 12).join(', ')}, …` : rows.join(', ')}`;
}

function lines(ls: (string | null)[]): string {
  return `${ls.filter((l): l is string => l !== null).join('\n')}\n`;
}

function thousands(x: number): string {
  return x.toLocaleString('en-US');
}
