import type { Linter } from 'eslint';

/** Flat-config entries, one per layer of src/ (see eslint.layers.js). */
export const layerRules: Linter.Config[];
