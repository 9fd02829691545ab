setTimeout((a, b, c) => console.log('timeout', a, b, c), 1, 'x', 'y', 'z');
setImmediate((a, b) => console.log('immediate', a, b), 1, 2);
process.nextTick((a, b) => console.log('tick', a, b), 'p', 'q');
