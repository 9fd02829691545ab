process.exitCode = '3';
console.log(process.exitCode);
try {
  process.exitCode = 'abc';
} catch (e) {
  console.log(e.code, e.message);
}
