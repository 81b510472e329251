// Colour for terminal output, as hooks the renderers call. The CLI supplies
// real colours when the output is a terminal; everything else gets plainStyle.

/** Styling hooks; identity functions when colour is off. */
export interface Style {
  del(s: string): string;
  ins(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  error(s: string): string;
  warning(s: string): string;
  ok(s: string): string;
}

function id(s: string): string {
  return s;
}

export const plainStyle: Style = { del: id, ins: id, bold: id, dim: id, error: id, warning: id, ok: id };
