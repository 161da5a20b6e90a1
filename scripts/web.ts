// `npm run web`: build the renderer for the browser and serve it on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startStaticServer } from './static-server';

const root = resolve(__dirname, '..');
execFileSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--web'], { stdio: 'inherit', cwd: root });
const port = Number(process.env.PORT ?? 5178);
startStaticServer(resolve(root, 'dist'), port)
  .catch(() => startStaticServer(resolve(root, 'dist'), 0))
  .then(({ url }) => {
    console.log(`\nVitale Coalitie Scenarioplanner runs in your browser at ${url}`);
    console.log('(only on this computer; stop with Ctrl+C)');
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
