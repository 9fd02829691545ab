// A package can import itself by its own name through its "exports".
import { show } from './fixtures/show.js';
await show('esm-resolution-root', () => import('esm-resolution-root'));
await show('esm-resolution-root/sub', () => import('esm-resolution-root/sub'));
await show('esm-resolution-root/fixtures/self-main.js', () => import('esm-resolution-root/fixtures/self-main.js'));
