import When from './When.astro';
import ResetSteps from './ResetSteps.astro';
import TokenPlacement from './TokenPlacement.astro';

/** The components outcome bodies can use on top of the guide components; they read the reader's answers. */
export const outcomeComponents = { When, ResetSteps, TokenPlacement };
