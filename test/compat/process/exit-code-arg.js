process.on('exit', (code) => console.log('exiting', code));
process.exit(42);
