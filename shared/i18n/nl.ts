// The Dutch catalogue: the source of every message id and its parameters.
import { app } from './nl/app';
import { glossary } from './nl/glossary';
import { baseline } from './nl/baseline';
import { compare } from './nl/compare';
import { exportDialog } from './nl/exportDialog';
import { files } from './nl/files';
import { importDialog } from './nl/importDialog';
import { measures } from './nl/measures';
import { projection } from './nl/projection';
import { partner } from './nl/partner';
import { scenario } from './nl/scenario';
import { importing } from './nl/importing';
import { numbers } from './nl/numbers';
import { uncertainty } from './nl/uncertainty';
import { measureKinds } from './nl/measureKinds';
import { explain } from './nl/explain';
import { differences } from './nl/differences';
import { report } from './nl/report';
import { commandLine } from './nl/commandLine';
import { commands } from './nl/commands';
import { history } from './nl/history';
import { monitor } from './nl/monitor';
import { openData } from './nl/openData';
import { interactivePage } from './nl/interactivePage';
import { organisations } from './nl/organisations';
import { letter } from './nl/letter';
import { budget } from './nl/budget';
import { menu } from './nl/menu';
import { decisions } from './nl/decisions';

export const nl = {
  glossary,
  app,
  baseline,
  compare,
  exportDialog,
  files,
  importDialog,
  measures,
  projection,
  partner,
  scenario,
  importing,
  numbers,
  uncertainty,
  measureKinds,
  explain,
  differences,
  report,
  commandLine,
  commands,
  history,
  monitor,
  openData,
  interactivePage,
  organisations,
  letter,
  budget,
  menu,
  decisions,
};
