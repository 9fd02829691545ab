// createRequire loads JSON the CommonJS way, without attributes.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(require('./fixtures/array.json'), require('json-pkg/data'));
