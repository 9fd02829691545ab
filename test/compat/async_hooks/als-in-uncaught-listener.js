'use strict';
// 'uncaughtException' listeners run in the async context of the code that threw (node:test relies on it).
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

process.on('uncaughtExceptionMonitor', (err) => console.log('monitor', err.message, als.getStore()));
process.on('uncaughtException', (err) => console.log('listener', err.message, als.getStore()));

als.run('timer store', () => setTimeout(() => {
  throw new Error('from a timer');
}, 1));
als.run('tick store', () => process.nextTick(() => {
  throw new Error('from a tick');
}));
setTimeout(() => {
  throw new Error('outside any store');
}, 20);
