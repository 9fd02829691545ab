// import() from CommonJS loads an ES module asynchronously and resolves relative to the file.
import('./fixtures/esm.mjs').then((ns) => console.log(Object.keys(ns), ns.default(), ns.named));
console.log('sync code first');
