// compat-argv: ["-e", "var g = 42; console.log(globalThis.g, this === globalThis)"]
