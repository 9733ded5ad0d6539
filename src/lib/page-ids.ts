/**
 * The element ids the layouts and components put on pages that show content
 * (guides and troubleshooter outcomes). A heading in a body whose id is one of
 * these would make two elements with one id, and links to either would break.
 * Kept by hand: tests/unit/page-ids.test.ts reads the components, the layout
 * and the guide and troubleshooter pages, and fails when this list differs.
 */
export const PAGE_IDS = [
  'main',
  'search-query',
  'toc-heading',
  'heading-anchor-label',
  'sources-heading',
  'feedback-heading',
  'still-stuck-heading',
  'related-heading',
  'your-answers',
  'based-on-your-answers',
  'admin-message-heading',
  'admin-message-text',
  'user-reply-heading',
  'user-reply-text',
  'outcome-related-heading',
  'token-placement-diagram-title',
  'token-placement-diagram-desc',
  'token-placement-diagram-head',
  'reset-option-diagram-title',
  'reset-option-diagram-desc',
  'reset-option-diagram-head',
  'arrow',
] as const;
