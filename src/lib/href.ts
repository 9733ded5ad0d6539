import { hrefFor } from './url.ts';

/**
 * A link to a page of the site, for components and browser scripts: `href(routes.guide(id))`.
 * Like Starlight's pathWithBase, it reads the base from Vite, which both the build and the browser bundle have.
 */
export const href = hrefFor(import.meta.env.BASE_URL);
