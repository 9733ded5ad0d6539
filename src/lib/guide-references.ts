/**
 * Checks what a guide's frontmatter points at: related guides and clients must
 * exist. The schema checks one file at a time; this checks across files.
 */
import { didYouMean } from './suggest.ts';

export interface GuideReferences {
  id: string;
  file: string;
  related: readonly string[];
  clients: readonly string[];
}

export interface ReferenceProblem {
  file: string;
  field: string;
  message: string;
}

/** `draftIds`: guides that exist but are not published, so nothing published may point at them. */
export function checkGuideReferences(
  guides: readonly GuideReferences[],
  clientIds: ReadonlySet<string>,
  draftIds: ReadonlySet<string> = new Set(),
): ReferenceProblem[] {
  const guideIds = new Set(guides.map((guide) => guide.id));
  const problems: ReferenceProblem[] = [];
  for (const guide of guides) {
    for (const id of guide.related) {
      if (id === guide.id) {
        problems.push({
          file: guide.file,
          field: 'related',
          message: `"${id}" is this guide itself. Remove it from related.`,
        });
      } else if (draftIds.has(id)) {
        problems.push({
          file: guide.file,
          field: 'related',
          message: `"${id}" is a draft (draft: true in its frontmatter), so it is not published and the link would lead nowhere. Remove it from related until that guide is published.`,
        });
      } else if (!guideIds.has(id)) {
        problems.push({
          file: guide.file,
          field: 'related',
          message: `No guide "${id}". ${didYouMean(id, guideIds)}Use the file name (without .mdx) of a guide in content/guides/.`,
        });
      }
    }
    for (const id of guide.clients) {
      if (!clientIds.has(id)) {
        problems.push({
          file: guide.file,
          field: 'clients',
          message: `No client "${id}" in content/clients.yaml. ${didYouMean(id, clientIds)}Use one of: ${[...clientIds].join(', ')}.`,
        });
      }
    }
  }
  return problems;
}

export function formatReferenceProblems(problems: readonly ReferenceProblem[]): string {
  return problems.map((problem) => `${problem.file}: field "${problem.field}": ${problem.message}`).join('\n');
}
