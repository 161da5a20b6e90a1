// The process that the durability test kills. It saves two versions of a scenario in turn to
// one file, through the app's own saving code (ScenarioFiles.save: validate, conflict check,
// atomic write with .bak), as fast as it can, until it is killed.
// Usage: node child.js TARGET A_FILE B_FILE (run.ts bundles it and starts it through a small
// loader with V8's code cache, so that each of the hundreds of starts is quick).
// On stdout: "R" once it is ready, then "S" just before each save and "E" right after it, so
// that the parent can tell whether a kill landed in the middle of a save.
import { readFileSync, writeSync } from 'node:fs';
import { ScenarioFiles } from '../../electron/files/scenario-files';

async function main(): Promise<void> {
  const [target, aFile, bFile] = process.argv.slice(2);
  if (!target || !aFile || !bFile) throw new Error('usage: child TARGET A_FILE B_FILE');
  const versions = [readFileSync(aFile, 'utf8'), readFileSync(bFile, 'utf8')];
  const files = new ScenarioFiles();
  // As the app does: a file is read (opened) before it is saved, so its content is known.
  const opened = await files.read(target);
  if (opened.kind !== 'read') throw new Error(`cannot read ${target}: ${opened.detail}`);
  let next = opened.text === versions[0] ? 1 : 0;
  // writeSync on fd 1: unbuffered, so a marker is out before the next step starts.
  writeSync(1, 'R');
  const afterFirstSave = (globalThis as { vcpAfterFirstSave?: () => void }).vcpAfterFirstSave;
  for (let count = 0; ; count++) {
    writeSync(1, 'S');
    const saved = await files.save(target, versions[next]!, { overwrite: false });
    if (saved.kind !== 'saved') throw new Error(`save failed: ${JSON.stringify(saved)}`);
    writeSync(1, 'E');
    next = 1 - next;
    // The loader's warm-up run writes the code cache here, once everything has been compiled.
    if (count === 0) afterFirstSave?.();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
