// node: builtins as modules: default export is the CommonJS object, named exports its keys.
import fs, { readFileSync, promises } from 'fs';
import * as pathNs from 'node:path';
import { EventEmitter } from 'node:events';
import events from 'events';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
console.log(fs === require('fs'), readFileSync === fs.readFileSync, promises === require('fs/promises'));
console.log(pathNs.default === require('path'), pathNs.join('a', 'b'), 'default' in pathNs);
console.log(EventEmitter === events, events === require('events'));
const ns = await import('node:os');
console.log(Object.keys(ns).includes('default'), ns.EOL === '\n');
