// Names that are not identifiers become string-named exports.
import { 'not-an-identifier' as dash, class as klass, 'with space' as spaced } from './fixtures/reserved-names.cjs';
import * as ns from './fixtures/reserved-names.cjs';
console.log(dash, klass, spaced, Object.keys(ns));
