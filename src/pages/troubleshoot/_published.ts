import { getTroubleshooters } from '../../data/troubleshooters';
import { getGuides } from '../../data/guides';
import { summarise } from '../../lib/route-data/guide';

/** Each troubleshooter with the published guides its pages may link to: what the route data of its pages is built from. */
export async function publishedTroubleshooters() {
  const [troubleshooters, guides] = await Promise.all([getTroubleshooters(), getGuides()]);
  const summaries = guides.map(summarise);
  return troubleshooters.map((troubleshooter) => ({ ...troubleshooter, guides: summaries }));
}
