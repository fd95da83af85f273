/**
 * Loaded with `node --import`: makes the packages named in
 * SLUICE_TEST_HIDE_MODULES (comma-separated; default `uWebSockets.js`)
 * unresolvable, as on an install where they are absent.
 */
import { register } from 'node:module';

register(new URL('./hide-modules-hooks.js', import.meta.url));
