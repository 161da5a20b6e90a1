import type { Catalogue } from '../catalogues';

export const history: Catalogue['history'] = {
  changeLog: {
    heading: (title: string) => `# Changes to “${title}”`,
    empty: 'No changes.',
  },
  newScenario: {
    title: 'New scenario',
    line: 'New budget line',
  },
};
