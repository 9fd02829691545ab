// A bare builtin name always means the builtin, even with a package of that name in node_modules.
import path from 'path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(typeof path.join, path === require('node:path'));
console.log(import.meta.resolve('path'), import.meta.resolve('path/'));
