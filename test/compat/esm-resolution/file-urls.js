// Absolute file: URLs and absolute paths both load the same module instance.
import { show } from './fixtures/show.js';
const url = new URL('./fixtures/imports-dep.js', import.meta.url);
const a = await import(url.href);
const b = await import(url.pathname);
const c = await import('./fixtures/imports-dep.js');
console.log(a === b, b === c, a.id);
await show('file: with space', () => import(new URL('./fixtures/with space.js', import.meta.url).href));
await show('file://localhost', () => import('file://localhost' + url.pathname));
await show('file://otherhost', () => import('file://otherhost' + url.pathname));
