import Callout from './Callout.astro';
import Steps from './Steps.astro';
import AppliesTo from './AppliesTo.astro';
import ClientTable from './ClientTable.astro';
import TroubleshooterEmbed from './TroubleshooterEmbed.astro';
import Tabs from './Tabs.astro';
import Tab from './Tab.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import TokenPlacementDiagram from './diagrams/TokenPlacementDiagram.astro';
import ResetOptionDiagram from './diagrams/ResetOptionDiagram.astro';

/** The components every guide and outcome body can use without importing them. */
export const mdxComponents = {
  Callout,
  Steps,
  AppliesTo,
  ClientTable,
  Troubleshooter: TroubleshooterEmbed,
  Tabs,
  Tab,
  TokenPlacementDiagram,
  ResetOptionDiagram,
  h2: H2,
  h3: H3,
};
