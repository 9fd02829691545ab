'use strict';
// An 'exit' listener that throws: the error goes to 'uncaughtException' (printed and exit code 1 without one).
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.on('exit', (c) => { console.log('exit', c); throw new Error('boom in exit'); });
process.exitCode = 3;
