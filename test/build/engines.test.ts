// The Node.js the project asks for (package.json's engines.node, the README) is one that every
// installed package accepts: a user who follows the README gets no EBADENGINE warning from
// `npm ci` (issue #24), and a dependency upgrade that asks for more fails here first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

/** The lowest version of each range of engines.node (`^22.13.0 || >=24`: 22.13.0 and 24.0.0). */
const lowest = pkg.engines.node.split('||').map((range) => semver.minVersion(range.trim())!.version);

/** Locked packages whose engines.node does not accept `version`. */
function refusing(version: string): string[] {
  return Object.entries(lock.packages)
    .filter(([name]) => name !== '')
    .flatMap(([name, entry]) => {
      const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return wanted !== undefined && !semver.satisfies(version, wanted) ? [`${name} (node ${wanted})`] : [];
    });
}

it('every locked package accepts the lowest Node.js of each range package.json allows', () => {
  expect(lowest).toEqual(['22.13.0', '24.0.0']);
  for (const version of lowest) expect([version, refusing(version)]).toEqual([version, []]);
});

it('the check sees a package that asks for more (Node.js 22.12 is refused by ESLint 10)', () => {
  expect(refusing('22.12.0')).toContainEqual(expect.stringMatching(/^node_modules\/eslint /));
  expect(refusing('20.19.0').length).toBeGreaterThan(0);
});

it('the README asks for the same Node.js', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const first = lowest[0]!;
  expect(readme).toContain(`Node.js ${semver.major(first)}.${semver.minor(first)} or newer`);
  expect(readme).toContain('or 24 and later; not 23');
});
