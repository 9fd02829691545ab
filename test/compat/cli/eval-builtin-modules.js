// compat-argv: ["-p", "const d = Object.getOwnPropertyDescriptor(globalThis, 'os'); [typeof os, typeof http, fs === require('fs'), typeof _http_agent, typeof test, module.id, d.enumerable, typeof d.set, `${os.hostname}` === os.hostname(), +os.totalmem === os.totalmem(), (os = 5, os), Object.getOwnPropertyDescriptor(globalThis, 'os')]"]
// -p code sees the builtin modules as lazily required globals (not the _internal or scheme-only ones); assigning
// one replaces it; os functions that answer a plain value convert to it.
