// Builtins with subpaths: fs/promises, path/posix, util/types, stream/promises, dns/promises.
import fsp from 'node:fs/promises';
import { promises } from 'node:fs';
import posix from 'path/posix';
import path from 'node:path';
import { isDate } from 'util/types';
import { pipeline } from 'node:stream/promises';
console.log(fsp === promises, posix === path.posix, isDate(new Date()), typeof pipeline);
