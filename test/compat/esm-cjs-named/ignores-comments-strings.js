// Assignments inside comments, strings, templates and regular expressions are not exports.
import { names } from './fixtures/show.js';
import * as ns from './fixtures/comments-strings.cjs';
console.log(names(ns));
