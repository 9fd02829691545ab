process.exitCode = 5;
process.on('exit', (code) => console.log('exit with', code, process.exitCode));
