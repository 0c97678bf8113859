/**
 * The `editor:` setting of content/site.yaml: off unless written; where /admin is served and
 * which Git backend it commits through. Validated with the other site settings (lib/content/site.ts),
 * so a mistake names site.yaml's line and field.
 */

export interface EditorBackend {
  name: 'github' | 'test-repo' | 'proxy';
  /** owner/name on GitHub. */
  repo?: string;
  branch: string;
  /** The OAuth proxy that signs editors in (GitHub needs one: it has no implicit grant). */
  base_url?: string;
  auth_endpoint?: string;
  /** Edits from people without write access become pull requests from their fork. */
  open_authoring: boolean;
}

export interface EditorSettings {
  enabled: boolean;
  /** Where the editor is served: `/admin` unless told. */
  path: string;
  backend?: EditorBackend;
  /** `editorial_workflow`: each edit is a pull request that someone reviews before it is published. */
  publish_mode?: 'simple' | 'editorial_workflow';
}

/** The Content-Security-Policy origins /admin needs for its backend, per directive. */
export function editorCspOrigins(settings: EditorSettings): Record<string, string[]> {
  throw new Error(`not implemented ${JSON.stringify(settings)}`);
}
