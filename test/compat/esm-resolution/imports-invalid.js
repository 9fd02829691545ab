// "imports" entries that are null, escape the package, or fall back in an array.
import { show } from './fixtures/show.js';
await show('#null', () => import('#null'));
await show('#bad', () => import('#bad'));
await show('#arr', () => import('#arr'));
