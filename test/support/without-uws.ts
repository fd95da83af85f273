/**
 * Loaded with `node --import`: makes `uWebSockets.js` unresolvable, as on an
 * install where the optional dependency is absent.
 */
import { register } from 'node:module';

register(new URL('./without-uws-hooks.js', import.meta.url));
