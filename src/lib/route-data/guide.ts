/**
 * Everything a guide page shows besides its body, worked out once (as
 * Starlight's route data does): the page and its components only render it.
 */
import {
  guideBreadcrumbs,
  guideNav,
  guidesByTopic,
  topicNeighbours,
  type Crumb,
  type GuideNavTopic,
  type GuideSummary,
} from '../navigation.ts';
import {
  EDITIONS,
  EXPERIENCES,
  TOPICS,
  type Audience,
  type Edition,
  type Experience,
  type Topic,
} from '../taxonomy.ts';
import { editUrl } from './edit-link.ts';

/** The guide as the content collection gives it (an entry of `guides`). */
export interface GuideInput {
  id: string;
  filePath?: string | undefined;
  data: Omit<GuideSummary, 'id'> & {
    clients: readonly string[];
    related: readonly string[];
    lastVerified: Date;
    appliesTo: { editions: 'all' | readonly Edition[]; experiences: readonly Experience[] };
    changes: readonly string[];
    sources: readonly string[];
  };
}

export interface GuidePageData {
  title: string;
  description: string;
  breadcrumbs: Crumb[];
  /** The guide sidebar (and the phone menu's copy of it). */
  nav: GuideNavTopic[];
  prev?: GuideSummary;
  next?: GuideSummary;
  related: GuideSummary[];
  /** '' when the site has no edit address. */
  editUrl: string;
  /** When the facts were last checked, as YYYY-MM-DD. */
  lastVerified: string;
  appliesTo: GuideInput['data']['appliesTo'];
  /** Guides for admins, and on why a reset is missing, point admins at the admin troubleshooter. */
  offersAdminTroubleshooter: boolean;
  /** Change ids from content/changes.yaml, for the dated-change notices. */
  changes: readonly string[];
  /** Source ids from content/sources.yaml, in the order the guide cites them. */
  sources: readonly string[];
  /** What search can filter this page by. */
  searchFilters: { topic: string; audience: readonly Audience[]; clients: string[] };
  /** Names the page in a feedback vote. */
  feedbackPage: string;
}

const ADMIN_TROUBLESHOOTER_TOPICS: ReadonlySet<Topic> = new Set(['admin', 'cant-reset']);

/** The "Applies to" box in the reader's words: on guide pages, and wherever an author puts <AppliesTo>. */
export function appliesToText(editions: 'all' | readonly Edition[], experiences: readonly Experience[]) {
  return {
    editions: editions === 'all' ? 'All editions' : editions.map((edition) => EDITIONS[edition]).join(', '),
    experiences: experiences.map((experience) => EXPERIENCES[experience]).join(' and '),
  };
}

export const summarise = (guide: GuideInput): GuideSummary => ({
  id: guide.id,
  title: guide.data.title,
  description: guide.data.description,
  topic: guide.data.topic,
  audience: guide.data.audience,
  order: guide.data.order,
});

/**
 * The data of every guide page, worked out together so that what all pages share (the summaries, the
 * topic groups) is computed once: `guides` are all published guides (related ids are checked against
 * them before any page is built); `clients` are the entries of content/clients.yaml. The result is in
 * the order of `guides`.
 */
export function guidePagesData(
  guides: readonly GuideInput[],
  clients: readonly { id: string; data: { name: string } }[],
  editBaseUrl: string,
): GuidePageData[] {
  const summaries = guides.map(summarise);
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  const groups = guidesByTopic(summaries);
  return guides.map((guide, index) => {
    const { data } = guide;
    const { prev, next } = topicNeighbours(groups, guide.id);
    return {
      title: data.title,
      description: data.description,
      breadcrumbs: guideBreadcrumbs(summaries[index]!),
      nav: guideNav(groups, guide.id),
      ...(prev ? { prev } : {}),
      ...(next ? { next } : {}),
      related: data.related.flatMap((id) => byId.get(id) ?? []),
      editUrl: editUrl(editBaseUrl, guide.filePath),
      lastVerified: data.lastVerified.toISOString().slice(0, 10),
      appliesTo: data.appliesTo,
      offersAdminTroubleshooter: ADMIN_TROUBLESHOOTER_TOPICS.has(data.topic),
      changes: data.changes,
      sources: data.sources,
      searchFilters: {
        topic: TOPICS[data.topic].label,
        audience: data.audience,
        clients: clients.filter((client) => data.clients.includes(client.id)).map((client) => client.data.name),
      },
      feedbackPage: `guides/${guide.id}`,
    };
  });
}
