// The sample scenarios, bundled into the web build as text (Vite resolves the glob at build time).
const files = import.meta.glob('../../scenarios/*.vcscenario.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const bundledSamples: ReadonlyMap<string, string> = new Map(
  Object.entries(files).map(([path, text]) => [
    path.replace(/^.*\//, '').replace(/\.vcscenario\.json$/, ''),
    text,
  ]),
);
