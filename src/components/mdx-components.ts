import AppliesTo from './AppliesTo.astro';
import ClientTable from './ClientTable.astro';
import TroubleshooterEmbed from './TroubleshooterEmbed.astro';
import Tabs from './Tabs.astro';
import Tab from './Tab.astro';
import TokenPlacementDiagram from './diagrams/TokenPlacementDiagram.astro';
import ResetOptionDiagram from './diagrams/ResetOptionDiagram.astro';

/** The components every guide and outcome body can use without importing them. */
export const mdxComponents = {
  AppliesTo,
  ClientTable,
  Troubleshooter: TroubleshooterEmbed,
  Tabs,
  Tab,
  TokenPlacementDiagram,
  ResetOptionDiagram,
};
