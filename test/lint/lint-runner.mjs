// Runs ESLint outside Jest's VM (ESLint loads its config by dynamic import).
// stdin: {"snippets": [{"code", "file"}], "tree": [folders]}; stdout: the findings as JSON.
import { ESLint } from 'eslint';

const input = JSON.parse(await new Promise((ok) => {
  let text = '';
  process.stdin.on('data', (d) => (text += d)).on('end', () => ok(text));
}));
const eslint = new ESLint({ cwd: process.cwd(), errorOnUnmatchedPattern: false });
const rules = new Set(['no-restricted-imports', 'no-restricted-globals']);
const snippets = [];
for (const { code, file } of input.snippets ?? []) {
  const [result] = await eslint.lintText(code, { filePath: `${process.cwd()}/${file}` });
  snippets.push(result.messages.filter((m) => rules.has(m.ruleId)).map((m) => m.message));
}
const tree = [];
if (input.tree?.length) {
  for (const r of await eslint.lintFiles(input.tree)) {
    for (const m of r.messages) if (m.severity === 2) tree.push(`${r.filePath.slice(process.cwd().length + 1)}:${m.line} ${m.ruleId}: ${m.message}`);
  }
}
process.stdout.write(JSON.stringify({ snippets, tree }));
