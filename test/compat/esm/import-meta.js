// import.meta in the main module and in an imported one.
import { meta } from './fixtures/meta.js';

const show = (m) => ({
  keys: Object.keys(m),
  proto: Object.getPrototypeOf(m),
  url: m.url.replace(/^file:\/\/.*\/test\/compat\//, 'file:///<compat>/'),
  dirname: m.dirname.endsWith('/test/compat/esm') || m.dirname.endsWith('/test/compat/esm/fixtures'),
  filename: m.filename.slice(m.dirname.length),
  main: m.main,
});
console.log(show(import.meta));
console.log(show(meta));
console.log(typeof import.meta.resolve, import.meta.resolve.name);
