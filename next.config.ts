import type { NextConfig } from 'next';
import { configuredHeaderAdditions } from './lib/security/configured';
import { configuredEmbedPages, countPages } from './lib/content/index';
import { contentRedirects } from './lib/content/next-redirects';
import { buildTuning, codeBuildId, deployMode, urlEnv } from './lib/build/deploy';
import { headerRules } from './lib/security/headers';
import { adminRules, configuredEditor, EDITOR_PAGE_EXTENSION } from './lib/editor/hosted';

const { basePath, staticExport, distDir } = deployMode(process.env);
// The browser editor is off unless content/site.yaml enables it; off, its route files (the
// `editor.ts` extension) are not routes, so the build holds no editor route and no editor script.
const editor = configuredEditor();

const nextConfig: NextConfig = {
  basePath: basePath || undefined,
  env: urlEnv(process.env),
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  distDir,
  // A static export goes to out/ (or distDir) and works on any file server: /posts/x/ is
  // posts/x/index.html, next to the bundle's images, with no rewrite rules on the host.
  ...(staticExport ? { output: 'export', trailingSlash: true } : {}),
  // headers() does not apply to an export; vercel.json and _headers carry the same rules there.
  // Each kind of response has its own policy; only pages get the page policy (lib/security/headers.ts).
  // Comments, newsletter and analytics in content/site.yaml add their origins (lib/security/community-origins.ts);
  // a page that shows an allowed embed (lib/embeds.ts) gets its own rule with the embed's frame source.
  // /admin, when the editor is on, has its own (lib/editor/hosted.ts adminRules).
  ...(staticExport ? {} : { headers: async () => headerRules(configuredHeaderAdditions(), configuredEmbedPages(), false, adminRules(editor)) }),
  ...(editor ? { pageExtensions: ['tsx', 'ts', 'jsx', 'js', EDITOR_PAGE_EXTENSION] } : {}),
  // The editor's page is the file /admin/index.html (a folder's index on a static host).
  ...(editor && !staticExport ? { rewrites: async () => [{ source: '/admin', destination: '/admin/index.html' }] } : {}),
  // Old URLs (Hugo's /post/<slug>/, aliases, url) answer 308 with the post's address.
  ...(staticExport ? {} : { redirects: contentRedirects }),
  // From the code, not random: a rebuild leaves the pages of unchanged posts byte-identical.
  generateBuildId: async () => codeBuildId(process.cwd(), process.env),
  // A root layout per language (app/(site), app/[lang]): unmatched URLs get app/global-not-found.tsx.
  experimental: { ...buildTuning(process.env, countPages()), globalNotFound: true },
};

export default nextConfig;
