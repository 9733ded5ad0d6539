import { LINE_HEIGHT, wrap, type Arrow, type Box, type Diagram } from './diagram.ts';

const WIDTH = 320;
const PAD = 10;

/** The three settings that hide "Reset My Security Token", and where an admin finds each. */
export const SETTINGS_THAT_HIDE_RESET = [
  { name: 'Login IP Ranges', where: 'on the user’s profile (in Session Settings in some editions)' },
  { name: 'API Only User', where: 'a permission, from the profile or a permission set' },
  {
    name: 'Multi-Factor Authentication for API Logins',
    where: 'a permission; the authenticator app’s code then takes the token’s place',
  },
] as const;

const RESULT = 'Any one of them hides Reset My Security Token';

/** The settings as boxes, one under another, each with an arrow into the result. */
export function resetOptionDiagram(): Diagram {
  const boxes: Box[] = [];
  const arrows: Arrow[] = [];
  let y = 0;
  const boxWidth = WIDTH - 40;
  for (const setting of SETTINGS_THAT_HIDE_RESET) {
    const lines = [
      ...wrap(setting.name, boxWidth - 2 * PAD).map((text) => ({ text, kind: 'strong' as const })),
      ...wrap(setting.where, boxWidth - 2 * PAD).map((text) => ({ text, kind: 'muted' as const })),
    ];
    const height = lines.length * LINE_HEIGHT + 2 * PAD;
    boxes.push({ x: 0, y, width: boxWidth, height, kind: 'setting', lines });
    arrows.push({ x1: boxWidth, y1: y + height / 2, x2: WIDTH - 12, y2: y + height / 2 });
    y += height + 12;
  }
  const top = y + 16;
  const resultLines = wrap(RESULT, WIDTH - 2 * PAD).map((text) => ({ text, kind: 'strong' as const }));
  const resultHeight = resultLines.length * LINE_HEIGHT + 2 * PAD;
  // The arrows run right, down a shared rail, and into the result box.
  const rail = WIDTH - 12;
  arrows.push({ x1: rail, y1: arrows[0]!.y1, x2: rail, y2: top - 2, head: true });
  boxes.push({ x: 0, y: top, width: WIDTH, height: resultHeight, kind: 'result', lines: resultLines });
  return {
    width: WIDTH,
    height: top + resultHeight,
    title: 'The three settings that hide the reset option',
    description: `${SETTINGS_THAT_HIDE_RESET.map((s) => `${s.name}, ${s.where}.`).join(' ')} ${RESULT}.`,
    boxes,
    arrows,
    labels: [],
  };
}
