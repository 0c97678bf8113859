/**
 * `npm run edit`: the browser editor on this machine, writing straight into the content folder
 * (CONTENT_DIR, `content/` by default). Prints the address to open; Ctrl-C stops it.
 */
import { contentRoot } from '../lib/content/paths';
import { startEditor } from '../lib/editor/local-server';
import { editorComponents } from '../components/mdx';
import { EditorPreview } from '../components/EditorPreview';

const port = Number(process.env.PORT ?? 8081);
const editor = await startEditor({ root: contentRoot(), view: { components: editorComponents, Article: EditorPreview }, port });
console.log(`Editor ready: ${editor.url}  (writes into ${contentRoot()})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void editor.close().then(() => process.exit(0)));
