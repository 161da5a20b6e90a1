// Where the time of a ui bench goes, from a Chromium trace of the web build (not a bench case:
// it explains the figures of bench/cases/ui.ts, it does not time them).
//   npx tsx bench/profile.ts startup [--dist DIR]            navigation → first chart, phase by phase
//   npx tsx bench/profile.ts slider [--large] [--dist DIR]   main-thread work per slider move
// Build first (node scripts/build.mjs --web, or vite build --outDir DIR). On a shared machine,
// read the phases' proportions rather than their absolute times.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server';
import { SETTLE_MS } from './cases/ui';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'loading', 'blink.user_timing'];
const MOVES = 20;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; type?: string } };
}

const argv = process.argv.slice(2);
const mode = argv[0];
const dist = argv.includes('--dist') ? (argv[argv.indexOf('--dist') + 1] as string) : path.resolve(__dirname, '../dist');
const tracePath = path.join(tmpdir(), `vcp-profile-${process.pid}.json`);

async function traced(query: string, body: (page: Page) => Promise<void>, before?: (page: Page) => Promise<void>): Promise<TraceEvent[]> {
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.waitForTimeout(SETTLE_MS); // as the bench: the browser's own start-up is not the app's
    if (before) {
      await page.goto(`${server.url}${query}`);
      await before(page);
    }
    await browser.startTracing(page, { path: tracePath, categories: CATEGORIES });
    if (!before) await page.goto(`${server.url}${query}`);
    await body(page);
    await browser.stopTracing();
    return (JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The renderer's main thread, and the thread names by pid:tid. */
function threads(events: TraceEvent[]) {
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = [...names].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  return { names, isMain: (e: TraceEvent) => main.includes(`${e.pid}:${e.tid}`) };
}

const ms = (us: number) => (us / 1000).toFixed(1).padStart(7);
const file = (url: string | undefined) => (url ? ` ${url.split('/').pop()}` : '');

async function startup(): Promise<void> {
  const events = await traced('', async (page) => {
    await page.locator('canvas[role="img"]').first().waitFor({ timeout: 30_000 });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  });
  const { names, isMain } = threads(events);
  const t0 = events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
  console.log('ms from navigation; main-thread tasks over 15 ms with their largest parts, and script parsing off the main thread:');
  for (const e of events.filter((e) => e.ph === 'X' && (e.dur ?? 0) > 8000).sort((a, b) => a.ts - b.ts)) {
    const parse = e.name === 'v8.parseOnBackground';
    const mainTask = isMain(e) && e.name === 'RunTask' && (e.dur ?? 0) > 15000;
    if (!parse && !mainTask) continue;
    const parts = mainTask
      ? events
          .filter((k) => isMain(k) && k !== e && k.ph === 'X' && k.name !== 'RunTask' && k.ts >= e.ts && k.ts + (k.dur ?? 0) <= e.ts + (e.dur ?? 0) && (k.dur ?? 0) > 8000)
          .filter((k) => /^(v8\.evaluateModule|FunctionCall|EvaluateScript|Layout|UpdateLayoutTree|Paint|Commit|ParseHTML|MajorGC|MinorGC)$/.test(k.name))
          .map((k) => `${k.name}${file(k.args?.data?.url)} ${ms(k.dur ?? 0).trim()}`)
          .join(', ')
      : '';
    console.log(`${ms(e.ts - t0)} +${ms(e.dur ?? 0).trim()} ${names.get(`${e.pid}:${e.tid}`)} ${parse ? `parse${file(e.args?.data?.url)}` : parts}`);
  }
}

async function slider(large: boolean): Promise<void> {
  const setup = async (page: Page) => {
    const range = page.locator('input[type="range"]').first();
    await range.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    await range.focus();
  };
  const events = await traced(large ? '?generate=large' : '', async (page) => {
    for (let i = 0; i < MOVES; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(null); }))');
    }
  }, setup);
  const { isMain } = threads(events);
  const sums = new Map<string, number>();
  for (const e of events) {
    if (!isMain(e) || e.ph !== 'X') continue;
    // The input event's handler (React's render and commit, the chart's update) on its own line.
    const name = e.name === 'EventDispatch' ? (e.args?.data?.type === 'input' ? 'input handler' : '') : e.name;
    if (name) sums.set(name, (sums.get(name) ?? 0) + (e.dur ?? 0));
  }
  const show = ['input handler', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC'];
  console.log(`main thread per slider move (${MOVES} moves, ${large ? 'large scenario' : 'default sample'}; FunctionCall is all script, the input handler's included):`);
  for (const name of show) console.log(`${ms((sums.get(name) ?? 0) / MOVES)} ms ${name}`);
}

if (mode === 'startup') void startup();
else if (mode === 'slider') void slider(argv.includes('--large'));
else console.error('usage: npx tsx bench/profile.ts startup|slider [--large] [--dist DIR]');
