// With throwDeprecation, emitWarning throws the deprecation a tick later, not synchronously.
process.throwDeprecation = true;
process.on('uncaughtException', (err) => console.log('uncaught', String(err)));
try {
  process.emitWarning('old api', 'DeprecationWarning');
  console.log('returned normally');
} catch {
  console.log('threw synchronously');
}
