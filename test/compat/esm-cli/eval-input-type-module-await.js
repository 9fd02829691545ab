// compat-argv: ["--input-type=module", "-e", "const v = await Promise.resolve(7); console.log(v, typeof require, import.meta.url.startsWith('file:'))"]
// --input-type=module makes -e code an ES module with top-level await.
