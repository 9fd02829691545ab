// Names detected before module.exports is replaced are still exports, reading undefined.
import main, * as ns from './fixtures/replaced.cjs';
console.log(typeof main, Object.keys(ns), ns.before, ns.after);
