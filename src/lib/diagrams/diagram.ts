/**
 * A small diagram model: boxes with lines of text and arrows, laid out top to
 * bottom in a fixed-width coordinate space that scales with the page. The
 * components in src/components/diagrams/ draw it as SVG; the `description` is
 * its text alternative, made from the same data.
 */
export interface TextLine {
  text: string;
  /** Styling hook: "strong", "code" (monospace) or "token" (the token's part of the text). */
  kind?: 'strong' | 'code' | 'token' | 'muted';
  /** Text drawn right after another line's text on the same row (the token after the password). */
  continues?: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'panel' | 'field' | 'button' | 'setting' | 'result' | 'caption';
  lines: TextLine[];
}

export interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Draw an arrowhead at the end. */
  head?: boolean;
}

export interface Diagram {
  width: number;
  height: number;
  title: string;
  description: string;
  boxes: Box[];
  arrows: Arrow[];
  /** Labels drawn outside boxes, e.g. a form field's label. */
  labels: { x: number; y: number; text: string }[];
}

export const LINE_HEIGHT = 18;
/** About how many characters of 13 px sans-serif fit in a width (a conservative average). */
const charsIn = (width: number) => Math.floor(width / 7.2);

/** Breaks text into lines that fit a width, at spaces. */
export function wrap(text: string, width: number): string[] {
  const max = charsIn(width);
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
