// Unknown node: ids are ERR_UNKNOWN_BUILTIN_MODULE; internal ones cannot be reached.
for (const id of ['node:nope', 'node:internal/errors', 'node:fs/nope', 'node:', 'node:FS']) {
  try {
    await import(id);
    console.log(id, 'loaded');
  } catch (err) {
    console.log(id, err.code, err.message);
  }
}
