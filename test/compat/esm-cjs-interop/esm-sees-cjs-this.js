// An ES module imported from CommonJS has undefined top-level this; CommonJS this is module.exports.
console.log(this === module.exports);
import('./fixtures/this.mjs').then((ns) => console.log(ns.topThis));
