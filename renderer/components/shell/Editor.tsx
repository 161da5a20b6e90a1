import { BaselinePanel } from '../baseline/BaselinePanel';
import { MeasuresPanel } from '../measures/MeasuresPanel';
import { ProjectionPanel } from '../projection/ProjectionPanel';
import { HeadlineStrip } from './HeadlineStrip';

/** The main screen: what you change on the left (measures first), what it does on the right. */
export function Editor() {
  return (
    <>
      <HeadlineStrip />
      <div className="workspace">
        <div className="workspace__edit">
          <MeasuresPanel />
          <BaselinePanel />
        </div>
        <div className="workspace__result">
          <ProjectionPanel />
        </div>
      </div>
    </>
  );
}
