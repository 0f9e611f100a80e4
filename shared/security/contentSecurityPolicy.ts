/**
 * The one Content-Security-Policy of the app's page. Production allows no inline script or style and no
 * eval of JavaScript (WebAssembly may compile); only the Vite dev server gets the two relaxations its hot reload needs (its injected <style>
 * elements and its WebSocket), and even there inline scripts are allowed by hash only.
 */
export interface CspOptions {
  mode: 'production' | 'development';
  /** sha256 hashes ("sha256-…") of inline scripts the dev server injects. */
  inlineScriptHashes?: readonly string[];
  /** Headers can carry frame-ancestors; a <meta> policy cannot. */
  delivery: 'header' | 'meta';
}

export function buildContentSecurityPolicy(options: CspOptions): string {
  const dev = options.mode === 'development';
  // 'wasm-unsafe-eval' lets WebAssembly compile (Argon2id for encryption at rest is hash-wasm); it
  // allows no eval() or new Function() of JavaScript.
  const scriptSrc = [
    "'self'",
    "'wasm-unsafe-eval'",
    ...(options.inlineScriptHashes ?? []).map((h) => `'${h}'`),
  ];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', scriptSrc],
    ['style-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', dev ? ["'self'", 'ws:', 'wss:'] : ["'self'"]],
    ['worker-src', ["'self'", 'blob:']],
    // Web mode prints a document from a blob: frame (it has no script and its own strict CSP).
    ['frame-src', ['blob:']],
    ['manifest-src', ["'self'"]],
    ['media-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (options.delivery === 'header') directives.push(['frame-ancestors', ["'none'"]]);
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
