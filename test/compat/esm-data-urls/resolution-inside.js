// Inside a data: URL module, builtins and absolute URLs resolve; relative and bare specifiers do not (the URL is
// not hierarchical). import.meta.url is the data: URL, and one URL is one module instance.
const tries = [
  'data:text/javascript,import fs from "fs"; export default typeof fs.readFileSync',
  'data:text/javascript,import { sep } from "node:path"; export default sep',
  'data:text/javascript,import "./sibling.js"',
  'data:text/javascript,import "some-package"',
  `data:text/javascript,export { default } from ${JSON.stringify('data:text/javascript,export default "nested"')}`,
  'data:text/javascript,export default import.meta.url',
  'data:text/javascript,export default [typeof import.meta.filename, typeof import.meta.dirname].join()',
  'data:text/javascript,export default import.meta.resolve("node:fs")',
];
for (const url of tries) {
  try {
    console.log('ok', (await import(url)).default);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const url = 'data:text/javascript,export const box = {}';
const [a, b] = await Promise.all([import(url), import(url)]);
console.log('same instance:', a === b, a.box === (await import(url)).box);
