/**
 * `npm run headers`: writes the security headers from lib/security/headers.ts into vercel.json
 * (for a static export deployed to Vercel; `next build` deployments get them from next.config.ts).
 * A unit test fails when vercel.json and the module disagree. Comments, newsletter and analytics
 * in content/site.yaml add their origins to the page policy, and each page that shows an allowed
 * embed gets its own rule, and so does /admin when the editor is on: run it again after changing them.
 */
import fs from 'node:fs';
import { configuredHeaderAdditions } from '../lib/security/configured';
import { configuredEmbedPages } from '../lib/content/index';
import { vercelHeaders } from '../lib/security/headers';
import { configuredAdminRules } from '../lib/editor/hosted';

const file = 'vercel.json';
const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
const next = { $schema: 'https://openapi.vercel.sh/vercel.json', ...current, headers: vercelHeaders(configuredHeaderAdditions(), configuredEmbedPages(), configuredAdminRules(true)) };
fs.writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
console.log(`${file}: ${vercelHeaders()[0]!.headers.length} headers for every path, ${vercelHeaders().length - 1} rules for the responses that are not pages`);
