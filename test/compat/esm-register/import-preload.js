// compat-argv: ["--import", "./fixtures/register-virtual.js", "{case}"]
// Hooks registered by an --import preload serve the entry point's own static imports.
import { mode } from 'virtual:config';

console.log('mode:', mode);
console.log('execArgv:', process.execArgv);
