console.log('1 out');
console.error('2 err');
console.log('3 out');
process.stdout.write('4 raw\n');
console.log('%o', [1, { a: 'b' }]);
