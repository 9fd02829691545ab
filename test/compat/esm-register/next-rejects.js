// Asynchronous hooks: the next step always answers a promise, which rejects when the default step throws;
// a hook that throws synchronously rejects the import with its error.
import { register } from 'node:module';

register('./fixtures/rejecting-hooks.js', import.meta.url);
const ns = await import('fallback:missing');
console.log('loaded', Object.keys(ns));
await import('throw-now').catch((err) => console.log('import rejected:', err.message));
