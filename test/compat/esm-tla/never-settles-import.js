// A dynamic import of a module that never settles leaves the importer pending; the process exits 13 with no output.
import('./fixtures/never.js').then(() => console.log('never printed'));
console.log('scheduled');
