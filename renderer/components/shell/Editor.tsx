import { BaselinePanel } from '../baseline/BaselinePanel';
import { DecisionsPanel } from '../decisions/DecisionsPanel';
import { MonitorPanel } from '../monitor/MonitorPanel';
import { MeasuresPanel } from '../measures/MeasuresPanel';
import { ProjectionPanel } from '../projection/ProjectionPanel';
import { HeadlineStrip } from './HeadlineStrip';
import { SetupGuide } from './SetupGuide';

/**
 * The main screen: the measures a workshop changes on the left, what they do on the right, and
 * the baseline they work on below, across the full width; for a new scenario, the guide of its
 * three steps above the baseline.
 */
export function Editor() {
  return (
    <>
      <HeadlineStrip />
      <div className="workspace">
        <div className="workspace__edit">
          <MeasuresPanel />
        </div>
        <div className="workspace__result">
          <ProjectionPanel />
        </div>
      </div>
      {/* The follow-up (#22): the realisation monitor and the decision log, closed until asked for. */}
      <MonitorPanel />
      <DecisionsPanel />
      {/* The guide of a new scenario, right above the budget lines it starts with. */}
      <SetupGuide />
      {/* The baseline spans the page: its table of budget lines has ten columns. */}
      <BaselinePanel />
    </>
  );
}
