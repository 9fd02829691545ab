// compat-argv: ["--conditions=custom", "{case}"]
// A user condition given with --conditions applies to import.
import { kind } from 'dual/feature';
console.log(kind);
