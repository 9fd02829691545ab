// Object.defineProperty(exports, ...) is found for value descriptors and for getters returning an identifier or member.
import { names } from './fixtures/show.js';
import * as ns from './fixtures/define-forms.cjs';
console.log(names(ns));
