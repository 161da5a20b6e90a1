// Placeholder: the projection views are being built (issue 5).
import { SavingsChart } from './SavingsChart';

export function ProjectionPanel() {
  return <SavingsChart />;
}
