console.log('log', 1);
console.info('info', { a: 1 });
console.debug('debug', [1, 2]);
console.log('%s=%d', 'x', 5);
