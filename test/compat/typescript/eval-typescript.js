// compat-argv: ["--input-type=commonjs-typescript", "-e", "const n: number = 5; console.log(n * 2, typeof require)"]
