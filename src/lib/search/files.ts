/** Files the build writes beside the Pagefind index (in pagefind/) for the forgiving search. */
export const SEARCH_DATA = {
  vocabulary: 'search-vocabulary.json',
  synonyms: 'search-synonyms.json',
} as const;
