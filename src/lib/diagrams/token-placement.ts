import { TOKEN_PLACEMENTS } from '../taxonomy.ts';
import { LINE_HEIGHT, wrap, type Box, type Diagram } from './diagram.ts';

const WIDTH = 320;
const PAD = 12;
const PASSWORD = 'MyPassword';
const TOKEN = 'XXXXXXXXXX';

/**
 * Where the token goes, in three panels drawn as the login screens readers
 * see: appended to the password, in its own field, or not at all because the
 * app signs in through Salesforce. Panel titles are the client table's labels.
 */
export function tokenPlacementDiagram(): Diagram {
  const boxes: Box[] = [];
  const labels: Diagram['labels'] = [];
  let y = 0;
  const panel = (title: string, body: (top: number) => number, caption: string) => {
    const titleLines = wrap(title, WIDTH - 2 * PAD);
    let inner = y + PAD + titleLines.length * LINE_HEIGHT + 6;
    inner = body(inner);
    const captionLines = wrap(caption, WIDTH - 2 * PAD);
    const height = inner - y + captionLines.length * LINE_HEIGHT + PAD;
    boxes.unshift({
      x: 0,
      y,
      width: WIDTH,
      height,
      kind: 'panel',
      lines: titleLines.map((text) => ({ text, kind: 'strong' as const })),
    });
    boxes.push({
      x: PAD,
      y: inner,
      width: WIDTH - 2 * PAD,
      height: captionLines.length * LINE_HEIGHT,
      kind: 'caption',
      lines: captionLines.map((text) => ({ text, kind: 'muted' as const })),
    });
    y += height + 16;
  };
  const field = (label: string, lines: Box['lines'], top: number) => {
    labels.push({ x: PAD, y: top + 13, text: label });
    boxes.push({ x: PAD, y: top + 20, width: WIDTH - 2 * PAD, height: 30, kind: 'field', lines });
    return top + 58;
  };

  panel(
    TOKEN_PLACEMENTS.appended,
    (top) =>
      field(
        'Password',
        [
          { text: PASSWORD, kind: 'code' },
          { text: TOKEN, kind: 'token', continues: true },
        ],
        top,
      ),
    'One box: type the password, then the token, with no space.',
  );
  panel(
    TOKEN_PLACEMENTS['separate-field'],
    (top) =>
      field(
        'Security token',
        [{ text: TOKEN, kind: 'token' }],
        field('Password', [{ text: PASSWORD, kind: 'code' }], top),
      ),
    'Two boxes: the password alone, the token in its own box.',
  );
  panel(
    TOKEN_PLACEMENTS.none,
    (top) => {
      boxes.push({
        x: PAD,
        y: top,
        width: 200,
        height: 34,
        kind: 'button',
        lines: [{ text: 'Log in with Salesforce' }],
      });
      return top + 44;
    },
    'No token to type: you sign in on Salesforce’s own page.',
  );

  return {
    width: WIDTH,
    height: y - 16,
    title: 'Where the security token goes',
    description: [
      `${TOKEN_PLACEMENTS.appended}: the password box holds ${PASSWORD}${TOKEN}, your password followed by the token.`,
      `${TOKEN_PLACEMENTS['separate-field']}: the password box holds ${PASSWORD} and a Security token box holds ${TOKEN}.`,
      `${TOKEN_PLACEMENTS.none}: the app shows a Log in with Salesforce button, and you type no token.`,
    ].join(' '),
    boxes,
    arrows: [],
    labels,
  };
}
