/** Debian's Chromium: nothing is downloaded, and it talks to nothing but our server (the e2e suite and scripts/screenshots.ts; here, not in tests/, because project copies leave tests/ out). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
