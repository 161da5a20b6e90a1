import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so that the same build loads from file:// in Electron and from any path in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // The libraries in chunks of their own: the browser fetches and parses them in parallel
    // (on a two-core machine the main chunk alone took ~360 ms to parse on one thread).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'chart', test: /node_modules[\\/](chart\.js|@kurkle|react-chartjs-2)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: false },
});
