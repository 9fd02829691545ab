// A dynamic import of a module that statically imports its importer back: the importer is still waiting.
const a = import('./fixtures/dyn-a.js');
const settled = await Promise.race([a.then(() => 'settled'), new Promise((r) => setTimeout(() => r('still pending'), 50))]);
console.log(settled);
