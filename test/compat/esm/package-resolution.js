// Packages: "exports" with import/require/module-sync/custom conditions, legacy "main", subpaths,
// self-reference and "imports".
import dual, { kind } from 'dual';
import { kind as syncKind } from 'dual/sync';
import { kind as featureKind } from 'dual/feature';
import { from } from 'plainpkg';
import { deep } from 'plainpkg/lib/deep.mjs';
import { report } from 'selfish';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
console.log(dual, kind, require('dual').kind, syncKind, require('dual/sync').kind, featureKind);
console.log(from, deep);
console.log(report);
