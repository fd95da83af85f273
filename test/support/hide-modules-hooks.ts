/** Module resolve hook (see hide-modules.ts): the hidden packages are not installed. */
interface ResolveContext { parentURL?: string }
type NextResolve = (specifier: string, context: ResolveContext) => Promise<unknown>;

const hidden = new Set((process.env.SLUICE_TEST_HIDE_MODULES ?? 'uWebSockets.js').split(',').map((m) => m.trim()));

export async function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<unknown> {
  const bare = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  if (hidden.has(bare)) {
    throw Object.assign(new Error(`Cannot find package '${bare}' imported from ${context.parentURL ?? '?'}`), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}
