// An exit code the program chose (not 0) stands when the top-level await never settles: no warning, exit 5.
process.exitCode = 5;
console.log('waiting forever');
await new Promise(() => {});
