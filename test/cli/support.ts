// Running `vcp` in tests: spawned as users start it, or in-process through main() with a
// captured Io — the same code without the second of start-up.
import { execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Io } from '../../cli/io';
import { main } from '../../cli/main';

export const ROOT = resolve(__dirname, '..', '..');
export const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spawnVcp(...args: string[]): Promise<Run> {
  return spawnVcpWith({}, ...args);
}

/** The same with more of the environment set (a time zone, CHROMIUM_PATH). */
export function spawnVcpWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ['cli/vcp.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

export async function vcpInProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => void (stdout += t), err: (t) => void (stderr += t) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Whether poppler's pdftotext is on this machine (PDF tests read their text with it). */
export const HAS_PDFTOTEXT = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
