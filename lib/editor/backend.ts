/**
 * The `editor:` setting of content/site.yaml: off unless written; where the browser editor is
 * served and which Git backend it commits through. It is part of the site schema
 * (lib/content/schema.ts), so a mistake is reported like every site setting, naming site.yaml's
 * line and field; every `error` text below is the "expected" half of that message.
 *
 *     editor:
 *       enabled: true
 *       path: /admin                  # where the editor is served
 *       publish_mode: editorial_workflow   # each edit a pull request, published when merged
 *       backend:
 *         name: github
 *         repo: our-org/blog
 *         branch: main
 *         base_url: https://auth.example.org   # the OAuth proxy that signs editors in
 *         auth_endpoint: api/auth
 *         open_authoring: true        # people without write access edit through a fork
 */
import { z } from 'zod';
import { emptyIsAbsent, isHttpsUrl, looseBoolean } from '../field-values';
import { ADMIN_SEGMENT, SITE_SEGMENTS } from '../routes/table';

const REPO = 'a GitHub repository written owner/name, such as our-org/blog';
const BRANCH = 'a branch name such as main';
const BASE_URL = 'the https:// address of the OAuth proxy that signs editors in, such as https://auth.example.org';
const AUTH_ENDPOINT = 'the path of the sign-in on the OAuth proxy, such as api/auth';
/** Where the editor is served unless site.yaml says otherwise: its own row of the route table (app/admin). */
const EDITOR_PATH = `/${ADMIN_SEGMENT}`;
const PATH_SYNTAX = /^\/[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;
const PATH = `a path of its own such as ${EDITOR_PATH} (lowercase letters, digits and hyphens)`;
const BACKENDS = ['github'] as const;

/**
 * What the site serves at the top of its paths (the route table, lib/routes/table.ts), the editor's
 * own path aside: the editor cannot be served at or under one of them.
 */
export const SITE_PATHS: readonly string[] = SITE_SEGMENTS.map((segment) => `/${segment}`).filter((p) => p !== EDITOR_PATH);
/** The ones an editor could write (the others are files, or start with `_`): the message names these. */
const TAKEN = SITE_PATHS.filter((p) => PATH_SYNTAX.test(p));

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyIsAbsent, schema.optional());
const flag = (expected: string) => z.preprocess(looseBoolean, z.boolean({ error: expected }).default(false));

const backendSchema = z.object(
  {
    name: z.enum(BACKENDS, { error: `the Git service the editor commits to: ${BACKENDS.join(', ')}` }),
    repo: z.string({ error: REPO }).regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { error: REPO }),
    branch: optional(z.string({ error: BRANCH }).regex(/^(?!\/|.*\/\/|.*\.\.|.*\/$)[A-Za-z0-9._/-]+$/, { error: BRANCH })).transform((b) => b ?? 'main'),
    base_url: optional(z.string({ error: BASE_URL }).refine((u) => isHttpsUrl(u) && new URL(u).pathname === '/' && !/[?#]/.test(u), { error: BASE_URL })),
    auth_endpoint: optional(z.string({ error: AUTH_ENDPOINT }).regex(/^\/?[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/, { error: AUTH_ENDPOINT })),
    open_authoring: flag('true (people without write access edit through a fork and a pull request) or false'),
  },
  { error: 'the Git backend on indented lines, such as { name: github, repo: our-org/blog }' },
);

export const editorSchema = optional(
  z
    .object(
      {
        enabled: flag('true (the site has a browser editor) or false'),
        path: optional(
          z
            .string({ error: PATH })
            .regex(PATH_SYNTAX, { error: PATH })
            .refine((p) => !SITE_PATHS.some((s) => p === s || p.startsWith(`${s}/`)), { error: `a path the site's pages do not use (not ${TAKEN.join(', ')})` }),
        ).transform((p) => p ?? EDITOR_PATH),
        publish_mode: optional(
          z.enum(['simple', 'editorial_workflow'], { error: 'simple (each save is a commit) or editorial_workflow (each edit is a pull request, published when merged)' }),
        ).transform((m) => m ?? 'simple'),
        backend: optional(backendSchema),
      },
      { error: 'editor settings on indented lines, such as { enabled: true, backend: { name: github, repo: our-org/blog } }' },
    )
    // Open authoring works through pull requests: Decap CMS requires the editorial workflow for it.
    .refine((e) => !e.backend?.open_authoring || e.publish_mode === 'editorial_workflow', {
      error: 'publish_mode: editorial_workflow beside it (open authoring works through pull requests)',
      path: ['backend', 'open_authoring'],
    }),
);

export type EditorSettings = NonNullable<z.output<typeof editorSchema>>;
export type EditorBackend = NonNullable<EditorSettings['backend']>;

/** Whether the site has a browser editor: only when site.yaml says `editor: { enabled: true }`. */
export const editorEnabled = (settings: EditorSettings | undefined): settings is EditorSettings => settings?.enabled === true;

/** GitHub's API, and where editors' avatars come from. */
const GITHUB_API = 'https://api.github.com';
const GITHUB_AVATARS = 'https://avatars.githubusercontent.com';
/** Decap CMS signs in through Netlify's OAuth service when no `base_url` names a proxy of your own. */
export const DEFAULT_AUTH_ORIGIN = 'https://api.netlify.com';

/**
 * What /admin's Content-Security-Policy adds to 'self', per directive, for the chosen backend:
 * the Git service's API (connect-src) and the pictures the editor shows (repository files are
 * fetched through the API and shown as blob: URLs; avatars from GitHub). Local mode (no backend,
 * decap-server on this machine) adds only the local server's origin.
 *
 * Sign-in opens the OAuth proxy (`base_url`, or Netlify's) in a popup, which sends the editor to
 * github.com and posts the token back with postMessage. CSP does not govern a popup, so the
 * proxy is not in the policy; but the popup's answer only arrives when /admin is not isolated
 * from it: /admin must send `Cross-Origin-Opener-Policy: same-origin-allow-popups`, not the
 * site's `same-origin` (see `editorOpenerPolicy`).
 */
export function editorCspOrigins(settings: EditorSettings, local?: { serverOrigin: string }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (directive: string, ...sources: string[]) => {
    out[directive] = [...new Set([...(out[directive] ?? []), ...sources])];
  };
  if (local) add('connect-src', new URL(local.serverOrigin).origin);
  // Previews of uploaded images, before and after they are committed.
  add('img-src', 'blob:', 'data:');
  const backend = settings.backend;
  if (backend?.name === 'github') {
    add('connect-src', GITHUB_API);
    add('img-src', GITHUB_AVATARS);
  }
  return out;
}

/** Where the sign-in popup opens (null in local mode): for the setup guide and the opener policy. */
export function signInOrigin(settings: EditorSettings): string | null {
  if (!settings.backend) return null;
  return settings.backend.base_url ? new URL(settings.backend.base_url).origin : DEFAULT_AUTH_ORIGIN;
}

/** /admin's Cross-Origin-Opener-Policy: the sign-in popup must be able to answer it. */
export const editorOpenerPolicy = (settings: EditorSettings): string => (settings.backend ? 'same-origin-allow-popups' : 'same-origin');
