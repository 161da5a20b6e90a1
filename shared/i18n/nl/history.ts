
export const history = {
  /** The change log of an editing session, as Markdown (shared/summary/change-log). */
  changeLog: {
    heading: (title: string) => `# Wijzigingen in „${title}”`,
    empty: 'Geen wijzigingen.',
  },
  /** The defaults of a new, empty scenario (shared/scenario/new-scenario). */
  newScenario: {
    title: 'Nieuw scenario',
    line: 'Nieuwe begrotingsregel',
  },
};
