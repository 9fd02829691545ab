// export * skips "default"; a name two stars both provide is ambiguous and left out of the namespace.
import * as ns from './fixtures/star-both.js';
console.log(Object.keys(ns), 'shared' in ns, ns.shared);
