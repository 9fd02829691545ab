// `export default function f` binds the name f: reassigning f changes the default import.
import f, { replace } from './fixtures/default-fn.js';
console.log(f.name, f());
replace();
console.log(f.name, f());
