// The English catalogue: every message of the Dutch one (catalogues.ts checks).
import type { Catalogue } from './catalogues';
import { app } from './en/app';
import { glossary } from './en/glossary';
import { baseline } from './en/baseline';
import { compare } from './en/compare';
import { exportDialog } from './en/exportDialog';
import { files } from './en/files';
import { importDialog } from './en/importDialog';
import { measures } from './en/measures';
import { projection } from './en/projection';
import { partner } from './en/partner';
import { scenario } from './en/scenario';
import { importing } from './en/importing';
import { numbers } from './en/numbers';
import { uncertainty } from './en/uncertainty';
import { measureKinds } from './en/measureKinds';
import { explain } from './en/explain';
import { differences } from './en/differences';
import { report } from './en/report';
import { commandLine } from './en/commandLine';
import { commands } from './en/commands';
import { history } from './en/history';
import { monitor } from './en/monitor';
import { openData } from './en/openData';
import { interactivePage } from './en/interactivePage';
import { organisations } from './en/organisations';
import { letter } from './en/letter';
import { budget } from './en/budget';
import { menu } from './en/menu';
import { decisions } from './en/decisions';

export const en: Catalogue = {
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
