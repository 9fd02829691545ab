console.timeEnd('nope');
console.timeLog('nope2');
console.time('dup');
console.time('dup');
process.on('exit', () => console.log('exit'));
