/** Module resolve hook (see without-uws.ts): `uWebSockets.js` is not installed. */
interface ResolveContext { parentURL?: string }
type NextResolve = (specifier: string, context: ResolveContext) => Promise<unknown>;

export async function resolve(specifier: string, context: ResolveContext, next: NextResolve): Promise<unknown> {
  if (specifier === 'uWebSockets.js') {
    throw Object.assign(new Error(`Cannot find package 'uWebSockets.js' imported from ${context.parentURL ?? '?'}`), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}
