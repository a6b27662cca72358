/** Vite build of the web app: root is apps/web, output apps/web/dist, which the server serves. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        // The chart library stays out of them, so only the dashboard's lazy chunk loads it.
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](core|hooks|notifications)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|zod)[\\/]/ },
          ],
        },
      },
    },
  },
  // `vite --config apps/web/vite.config.ts` next to a running `vigil start` proxies the API.
  server: {
    proxy: { '/api': { target: process.env.VIGIL_API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
