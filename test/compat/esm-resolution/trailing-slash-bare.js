// A bare specifier ending in "/" asks for the subpath "./": not exported by a string "exports".
import { show } from './fixtures/show.js';
await show('exp-string/', () => import('exp-string/'));
await show('no-main/', () => import('no-main/'));
