// Properties added after the first import do not become exports; deleted ones become undefined.
import path from 'node:path';
import * as ns from 'node:path';
import { syncBuiltinESMExports } from 'node:module';
path.addedLater = 1;
const savedSep = path.sep;
delete path.sep;
syncBuiltinESMExports();
console.log('addedLater' in ns, ns.sep);
path.sep = savedSep;
syncBuiltinESMExports();
console.log(ns.sep);
