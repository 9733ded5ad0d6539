import Callout from './Callout.astro';
import Steps from './Steps.astro';
import AppliesTo from './AppliesTo.astro';
import ClientTable from './ClientTable.astro';
import Troubleshooter from './Troubleshooter.astro';

/** The components every guide and outcome body can use without importing them. */
export const mdxComponents = { Callout, Steps, AppliesTo, ClientTable, Troubleshooter };
