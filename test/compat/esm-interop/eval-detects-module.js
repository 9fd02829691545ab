// compat-argv: ["-e", "import os from 'os'; console.log(typeof os.EOL, typeof module)"]
