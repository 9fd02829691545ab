// compat-argv: ["--input-type=module-typescript", "-e", "import { sep } from 'node:path'; const s: string = sep; console.log(s, typeof require)"]
