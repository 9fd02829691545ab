// Import declarations are hoisted: the imported modules run before any statement of the importer.
console.log('first statement; order so far:', globalThis.order?.join(','));
import './fixtures/log-a.js';
console.log('after first import line');
import './fixtures/log-b.js';
