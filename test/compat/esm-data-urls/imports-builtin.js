// A data: module can import builtins by name and by node: URL.
const ns = await import('data:text/javascript,' + encodeURIComponent("import { sep } from 'path'; import os from 'node:os'; export const ok = sep === '/' && typeof os.EOL === 'string';"));
console.log(ns.ok);
