// process.exitCode set while a top-level await is pending is the exit status once it settles.
process.exitCode = 3;
await new Promise((r) => setTimeout(r, 5));
console.log('settled, exitCode', process.exitCode);
