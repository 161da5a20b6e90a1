// `npm run test:durability`: does saving survive being killed, or the power going, at any moment?
// 1. Kills: a child process saves two versions (A, B) of a real scenario in turn to one file,
//    through the app's own saving code (electron/files/scenario-files.ts → node/atomic-write.ts),
//    and this process kills it with SIGKILL at a random moment, again and again (200 times by
//    default; `--iterations N`). After every kill the file must parse and be exactly A or B, and
//    so must its .bak when there is one.
// 2. Power cuts (power-cut.ts): the same code on a simulated disk that forgets whatever was not
//    flushed, cut at a random file system call (10 per kill by default; `--power-cuts N`,
//    `--seed S` to replay). A kill cannot see a missing fsync, a missing folder fsync or a
//    missing .bak (the kernel still writes a killed process's data out); a power cut can.
// The last line printed is
//   N saves interrupted, M files lost
// where N counts the kills and cuts that landed in the middle of a save, M the files lost or
// found older than a save reported done; the exit code is 1 when M > 0.
//
// Speed: a child is started for every kill, so starting must be cheap. The child is bundled
// once with esbuild and started through a small loader that uses V8's code cache (compiling
// zod anew each time would take most of the time), and two children run side by side, each on
// its own file in its own folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { isTemporaryName } from '../../node/atomic-write';
import { runPowerCuts } from './power-cut';
import { parseScenarioText } from '../../shared/scenario/parse';
import { serializeScenario } from '../../shared/scenario/serialize';
import { render } from '../../shared/i18n/text';

const root = path.resolve(__dirname, '../..');

function option(name: string, fallback: number, least = 1): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} needs a whole number ≥ ${least}`);
  return value;
}

const iterations = option('--iterations', 200);
const powerCuts = option('--power-cuts', 10 * iterations, 0);
const seed = option('--seed', Math.floor(Math.random() * 2 ** 31), 0);
/** Kills land between 1 and this many ms after the child reports it is ready to save. */
const maxDelay = option('--max-delay', 50);
const workers = option('--workers', 2);

/** Versions A and B of a real scenario (the first sample), in the app's file format. */
function versions(): [string, string] {
  const dir = path.join(root, 'scenarios');
  const sample = readdirSync(dir).filter((f) => f.endsWith('.vcscenario.json')).sort()[0];
  if (!sample) throw new Error('no sample scenario in scenarios/');
  const parsed = parseScenarioText(readFileSync(path.join(dir, sample), 'utf8'));
  if (!parsed.ok) throw new Error(`${sample} is not valid`);
  const a = serializeScenario(parsed.value);
  const b = serializeScenario({
    ...parsed.value,
    title: `${parsed.value.title} (variant B)`,
    description: `${parsed.value.description ?? ''}\n\nVariant B: ${'een langere toelichting. '.repeat(40)}`,
  });
  return [a, b];
}

/**
 * Four versions for the power cuts, each different from the one before, so that a save reported
 * done and then lost (the file one version older) cannot pass for the one being saved.
 */
function powerVersions(a: string): string[] {
  const parsed = parseScenarioText(a);
  if (!parsed.ok) throw new Error('version A is not valid');
  return [0, 1, 2, 3].map((i) => serializeScenario({ ...parsed.value, title: `${parsed.value.title} (versie ${i})`, description: `${parsed.value.description ?? ''}${' Nog een zin.'.repeat(i * 20)}` }));
}

/** Runs a bundle with V8's code cache: compiled once in the warm-up, then only loaded. */
const LOADER = `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { wrap } = require('node:module');
const bundle = process.env.VCP_CHILD_BUNDLE;
const cache = process.env.VCP_CHILD_CACHE;
let cachedData;
try { cachedData = fs.readFileSync(cache); } catch {}
const script = new vm.Script(wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (process.env.VCP_CHILD_WARM_UP === '1') {
  globalThis.vcpAfterFirstSave = () => { fs.writeFileSync(cache, script.createCachedData()); process.exit(0); };
}
const m = { exports: {} };
script.runInThisContext().call(m.exports, m.exports, require, m, bundle, path.dirname(bundle));
`;

interface Child {
  loader: string;
  env: NodeJS.ProcessEnv;
}

async function prepareChild(dir: string): Promise<Child> {
  const bundle = path.join(dir, 'child.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'child.ts')],
    outfile: bundle,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const loader = path.join(dir, 'loader.cjs');
  writeFileSync(loader, LOADER);
  return { loader, env: { ...process.env, VCP_CHILD_BUNDLE: bundle, VCP_CHILD_CACHE: path.join(dir, 'child.cache') } };
}

/** One run of the child until its first save, to write the code cache. */
function warmUp(child: Child, target: string, aFile: string, bFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child.loader, target, aFile, bFile], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...child.env, VCP_CHILD_WARM_UP: '1' },
    });
    proc.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`warm-up failed (${code})`))));
  });
}

interface Round {
  /** The markers the child wrote: R, then S/E per save. */
  markers: string;
  /** The child ended by itself (a failure) instead of by the kill. */
  failed: string | null;
}

function killedRun(child: Child, target: string, aFile: string, bFile: string, delay: number): Promise<Round> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child.loader, target, aFile, bFile], { stdio: ['ignore', 'pipe', 'pipe'], env: child.env });
    let markers = '';
    let stderr = '';
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      markers += chunk;
      if (timer === undefined && markers.includes('R')) {
        timer = setTimeout(() => {
          killed = true;
          proc.kill('SIGKILL');
        }, delay);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // 'close': the process has exited and its stdout is drained, so the markers are complete.
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ markers, failed: killed && signal === 'SIGKILL' ? null : `exited with ${code ?? signal}: ${stderr.trim()}` });
    });
  });
}

/** Whether the file holds exactly A or B and parses; what is wrong otherwise. */
function check(file: string, a: string, b: string, mayBeMissing: boolean): string | null {
  if (!existsSync(file)) return mayBeMissing ? null : `${path.basename(file)} is missing`;
  const text = readFileSync(file, 'utf8');
  if (text !== a && text !== b) return `${path.basename(file)} is neither version (${text.length} bytes)`;
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return `${path.basename(file)} does not parse: ${render('en', parsed.problems[0]!.message)}`;
  return null;
}

interface Tally {
  done: number;
  interrupted: number;
  lost: number;
  saves: number;
  leftovers: number;
  failed: boolean;
}

async function worker(index: number, work: string, child: Child, aFile: string, bFile: string, a: string, b: string, next: () => number | null, tally: Tally): Promise<void> {
  const folder = path.join(work, `scenario-${index}`);
  mkdirSync(folder);
  const target = path.join(folder, 'werkplaats.vcscenario.json');
  writeFileSync(target, a);
  for (let i = next(); i !== null && !tally.failed; i = next()) {
    // Varied: mostly anywhere in the window, every fifth right at the start of the first save.
    const delay = i % 5 === 0 ? 1 + (i % 3) : 1 + Math.floor(Math.random() * maxDelay);
    const round = await killedRun(child, target, aFile, bFile, delay);
    if (round.failed !== null) {
      console.error(`kill ${i + 1}: the child ${round.failed}`);
      tally.failed = true;
      tally.lost += 1;
      return;
    }
    tally.done += 1;
    tally.saves += (round.markers.match(/E/g) ?? []).length;
    if (round.markers.endsWith('S')) tally.interrupted += 1;
    const problems = [check(target, a, b, false), check(`${target}.bak`, a, b, true)].filter((p): p is string => p !== null);
    if (problems.length > 0) {
      tally.lost += 1;
      console.error(`kill ${i + 1} (after ${delay} ms): ${problems.join('; ')}`);
      writeFileSync(target, a); // go on from a good file
      rmSync(`${target}.bak`, { force: true });
    }
    // A kill between writing and renaming leaves a temporary file beside the target.
    for (const name of readdirSync(folder)) {
      if (isTemporaryName(name)) {
        tally.leftovers += 1;
        unlinkSync(path.join(folder, name));
      }
    }
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const work = mkdtempSync(path.join(tmpdir(), 'vcp-durability-'));
  try {
    const [a, b] = versions();
    const aFile = path.join(work, 'a.txt');
    const bFile = path.join(work, 'b.txt');
    writeFileSync(aFile, a);
    writeFileSync(bFile, b);
    const child = await prepareChild(work);
    const warm = path.join(work, 'warm-up.vcscenario.json');
    writeFileSync(warm, a);
    await warmUp(child, warm, aFile, bFile);

    const tally: Tally = { done: 0, interrupted: 0, lost: 0, saves: 0, leftovers: 0, failed: false };
    let handedOut = 0;
    const next = () => (handedOut < iterations ? handedOut++ : null);
    await Promise.all(
      Array.from({ length: Math.min(workers, iterations) }, (_, w) => worker(w, work, child, aFile, bFile, a, b, next, tally)),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `${tally.done} kills in ${seconds} s (${workers} at a time); ${tally.saves} saves completed between kills; ` +
        `${tally.leftovers} temporary files left by kills (removed).`,
    );

    const cutStarted = Date.now();
    const cuts = await runPowerCuts(powerVersions(a), powerCuts, seed);
    for (const problem of cuts.problems) console.error(problem);
    console.log(
      `${cuts.cuts} power cuts (simulated, seed ${seed}) in ${((Date.now() - cutStarted) / 1000).toFixed(1)} s: ` +
        `${cuts.midSave} in the middle of a save, ${cuts.saves} saves reported done before them, ${cuts.lost} files lost.`,
    );
    const lost = tally.lost + cuts.lost;
    console.log(`${tally.interrupted + cuts.midSave} saves interrupted, ${lost} files lost`);
    process.exitCode = lost > 0 || tally.done < iterations ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 saves interrupted, 1 files lost');
  process.exit(1);
});
