// The layers of src/, kept by the linter (docs/architecture.md draws them):
//
//   cli.ts → commands/ → load/, validate/, render/ → i18n/ → model/
//
// model/ imports nothing of ours; render/ only model/ (and the words
// catalogue in i18n/); load/ and validate/ only model/, i18n/ and
// messages.ts; only commands/ combines them; nothing but main.ts imports
// cli.ts. Each rule lists what a folder may NOT import, as the import is
// written (all our imports are relative), for static and dynamic imports.

const cli = ['../cli.js', '../main.js'];

/** @type {Record<string, { files: string[]; forbidden: string[]; why: string }>} */
const layers = {
  model: {
    files: ['src/model/**/*.ts'],
    forbidden: ['../*', '!../model/*', '!../model/**'],
    why: 'model/ is pure data and imports nothing of ours outside model/',
  },
  render: {
    files: ['src/render/**/*.ts'],
    forbidden: ['../commands/*', '../load/*', '../validate/*', ...cli],
    why: 'render/ writes the model: it may import model/ and i18n/ only',
  },
  load: {
    files: ['src/load/**/*.ts'],
    forbidden: ['../commands/*', '../render/*', '../validate/*', ...cli],
    why: 'load/ reads files into the model: it may import model/, i18n/ and messages.ts only',
  },
  validate: {
    files: ['src/validate/**/*.ts'],
    forbidden: ['../commands/*', '../render/*', '../load/*', ...cli],
    why: 'validate/ checks the model: it may import model/, i18n/ and messages.ts only',
  },
  i18n: {
    files: ['src/i18n/**/*.ts'],
    forbidden: ['../commands/*', '../render/*', '../load/*', '../validate/*', '../messages.js', ...cli],
    why: 'the words catalogue may import model/ types only, so that every layer can use it',
  },
  commands: {
    files: ['src/commands/**/*.ts'],
    forbidden: [...cli],
    why: 'commands are functions the CLI calls; only main.ts imports cli.ts',
  },
  messages: {
    files: ['src/messages.ts'],
    forbidden: ['./commands/*', './render/*', './load/*', './validate/*', './cli.js'],
    why: 'messages.ts is shared by load/ and validate/: it may import model/ and i18n/ only',
  },
};

/** Flat-config entries, one per layer. */
export const layerRules = Object.values(layers).map(({ files, forbidden, why }) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message: why }] }],
  },
}));
