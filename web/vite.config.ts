import { defineConfig } from 'vite';

// The API serves the built client on its own origin; in `pnpm --filter @kopir/web dev` Vite
// forwards API paths to a running `pnpm start` (PORT 3000 unless KOPIR_API says otherwise).
const api = process.env.KOPIR_API ?? 'http://localhost:3000';

export default defineConfig({
  server: {
    proxy: Object.fromEntries(['/api', '/health', '/ready', '/docs'].map((path) => [path, api])),
  },
  build: { target: 'es2022', sourcemap: true },
});
