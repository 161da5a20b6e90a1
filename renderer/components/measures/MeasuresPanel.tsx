// Placeholder: the measures editor is being built (issue 5).
export function MeasuresPanel() {
  return <section className="card" aria-label="Maatregelen" />;
}

/** The sliders of the enabled measures, for presentation mode. */
export function MeasureSliders() {
  return null;
}
