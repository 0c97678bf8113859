/**
 * Imported first by the content check: the environment `next build` compiles under, set before
 * any module reads it (lib/routes/urls.ts reads its settings when it loads). The check's compiled bodies
 * are then the build's cache hits (lib/build/cache.ts), written with the build's links.
 * As in next.config.ts, BASE_PATH and STATIC_EXPORT decide the URL settings; an explicit NODE_ENV
 * is kept.
 */
import { urlEnv } from '../../lib/build/deploy';

const env = process.env as Record<string, string | undefined>;
// next-mdx-remote emits development JSX unless NODE_ENV is production, as it is in `next build`.
env.NODE_ENV ??= 'production';
for (const [name, value] of Object.entries(urlEnv(env))) env[name] = value;
