import { TOPICS, type Audience, type Topic } from './taxonomy.ts';
import { routes } from './routes.ts';

/** What navigation needs to know of a guide. */
export interface GuideSummary {
  id: string;
  title: string;
  description: string;
  topic: Topic;
  audience: readonly Audience[];
  order: number;
}

export interface Crumb {
  label: string;
  href: string;
}

export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

const topicRank = (topic: Topic) => Object.keys(TOPICS).indexOf(topic);

/** Topic order, then the guide's order, then title: the reading order of the whole site. */
export function sortGuides<T extends GuideSummary>(guides: readonly T[]): T[] {
  return [...guides].sort(
    (a, b) => topicRank(a.topic) - topicRank(b.topic) || a.order - b.order || a.title.localeCompare(b.title),
  );
}

export interface TopicGroup<T extends GuideSummary = GuideSummary> {
  topic: Topic;
  /** In reading order. */
  guides: T[];
}

/** Every topic that has guides, in the fixed topic order. */
export function guidesByTopic<T extends GuideSummary>(guides: readonly T[]): TopicGroup<T>[] {
  const sorted = sortGuides(guides);
  return (Object.keys(TOPICS) as Topic[])
    .map((topic) => ({ topic, guides: sorted.filter((guide) => guide.topic === topic) }))
    .filter((group) => group.guides.length > 0);
}

/** The guides before and after this one within its topic; `groups` come from guidesByTopic(). */
export function topicNeighbours<T extends GuideSummary>(
  groups: readonly TopicGroup<T>[],
  id: string,
): { prev?: T; next?: T } {
  for (const { guides: inTopic } of groups) {
    const index = inTopic.findIndex((guide) => guide.id === id);
    if (index < 0) continue;
    const prev = inTopic[index - 1];
    const next = inTopic[index + 1];
    return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
  }
  return {};
}

/** The trail of a page one level below home (the guide index, the troubleshooter index, sources, changes). */
export const homeCrumbs: readonly Crumb[] = [{ label: 'Home', href: routes.home }];

/** The header's main links. */
export const mainLinks: readonly Crumb[] = [
  { label: 'Guides', href: routes.guides },
  { label: 'Troubleshooter', href: routes.troubleshooters },
];

/** The footer's links, on every page. */
export const footerLinks: readonly Crumb[] = [
  { label: 'All guides', href: routes.guides },
  { label: 'Troubleshooter', href: routes.troubleshooters },
  { label: 'Search', href: routes.search },
  { label: 'Changes', href: routes.changes },
  { label: 'Sources', href: routes.sources },
];

export function guideBreadcrumbs(guide: GuideSummary): Crumb[] {
  return [
    ...homeCrumbs,
    { label: 'Guides', href: routes.guides },
    { label: TOPICS[guide.topic].label, href: routes.topic(guide.topic) },
  ];
}

/** The trail of a troubleshooter's start page, or with `tree` of a page inside that troubleshooter (map, result). */
export function troubleshooterBreadcrumbs(tree?: { id: string; title: string }): Crumb[] {
  return [
    ...homeCrumbs,
    { label: 'Troubleshooter', href: routes.troubleshooters },
    ...(tree ? [{ label: tree.title, href: routes.troubleshooter(tree.id) }] : []),
  ];
}

/** Nests h3s under their h2; other depths are left out of the table of contents. */
export function tableOfContents(headings: readonly { depth: number; slug: string; text: string }[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push({ ...heading, children: [] });
      else toc.push({ ...heading, children: [] });
    }
  }
  return toc;
}

export interface GuideNavTopic {
  topic: Topic;
  label: string;
  /** The topic's section of the guide index. */
  href: string;
  /** The topic holds the current guide. */
  current: boolean;
  guides: { id: string; title: string; href: string; current: boolean }[];
  /** How many guides the topic has in all; more than `guides` when the list was cut. */
  total: number;
}

/**
 * The guide sidebar: every topic of `groups` (from guidesByTopic()) with up to `limit` of its guides, in reading
 * order. In the current guide's topic the cut keeps the current guide in view,
 * so the list stays short (and the page small) with hundreds of guides.
 */
export function guideNav(groups: readonly TopicGroup[], currentId: string, limit = 8): GuideNavTopic[] {
  return groups.map(({ topic, guides: inTopic }) => {
    const index = inTopic.findIndex((guide) => guide.id === currentId);
    const start = index < 0 ? 0 : Math.max(0, Math.min(index - Math.floor(limit / 2), inTopic.length - limit));
    return {
      topic,
      label: TOPICS[topic].label,
      href: routes.topic(topic),
      current: index >= 0,
      guides: inTopic.slice(start, start + limit).map((guide) => ({
        id: guide.id,
        title: guide.title,
        href: routes.guide(guide.id),
        current: guide.id === currentId,
      })),
      total: inTopic.length,
    };
  });
}
