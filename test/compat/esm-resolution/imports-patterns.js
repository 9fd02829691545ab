// "imports" patterns and targets that are packages.
import { show } from './fixtures/show.js';
await show('#pat/one', () => import('#pat/one'));
await show('#pat/two/deep', () => import('#pat/two/deep'));
await show('#pkg', () => import('#pkg'));
await show('#pkgsub/alpha', () => import('#pkgsub/alpha'));
