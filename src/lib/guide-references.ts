/**
 * Checks what a guide's frontmatter points at: related guides and clients must
 * exist. The schema checks one file at a time; this checks across files.
 */
import { didYouMean } from './suggest.ts';
import type { BuildProblem } from './build-problems.ts';

export interface GuideReferences {
  id: string;
  file: string;
  related: readonly string[];
  clients: readonly string[];
}

/** `draftIds`: guides that exist but are not published, so nothing published may point at them. */
export function checkGuideReferences(
  guides: readonly GuideReferences[],
  clientIds: ReadonlySet<string>,
  draftIds: ReadonlySet<string> = new Set(),
): BuildProblem[] {
  const guideIds = new Set(guides.map((guide) => guide.id));
  const problems: BuildProblem[] = [];
  for (const guide of guides) {
    for (const id of guide.related) {
      if (id === guide.id) {
        problems.push({
          file: guide.file,
          where: 'related',
          message: `"${id}" is this guide itself.`,
          fix: 'Remove it from related.',
        });
      } else if (draftIds.has(id)) {
        problems.push({
          file: guide.file,
          where: 'related',
          message: `"${id}" is a draft (draft: true in its frontmatter), so it is not published and the link would lead nowhere.`,
          fix: 'Remove it from related until that guide is published.',
        });
      } else if (!guideIds.has(id)) {
        problems.push({
          file: guide.file,
          where: 'related',
          message: `No guide "${id}".`,
          fix: `${didYouMean(id, guideIds)}Use the file name (without .md or .mdx) of a guide in content/guides/.`,
        });
      }
    }
    for (const id of guide.clients) {
      if (!clientIds.has(id)) {
        problems.push({
          file: guide.file,
          where: 'clients',
          message: `No client "${id}" in content/clients.yaml.`,
          fix: `${didYouMean(id, clientIds)}Use one of: ${[...clientIds].join(', ')}.`,
        });
      }
    }
  }
  return problems;
}
