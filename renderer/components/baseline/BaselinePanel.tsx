// Placeholder: the baseline editor is being built (issue 5).
export function BaselinePanel() {
  return <section className="card" aria-label="Basis" />;
}
