// Some builtins exist only with the node: prefix.
for (const id of ['node:test', 'test', 'node:test/reporters', 'test/reporters']) {
  try {
    const ns = await import(id);
    console.log(id, 'loads', typeof ns.default);
  } catch (err) {
    console.log(id, err.code);
  }
}
