// esbuild's JavaScript API drives its Go binary (shipped in @esbuild/linux-x64) over stdio: build a small
// project with imports, bundling, minifying and a source map, then transform a snippet; the sync API too.
const esbuild = require('esbuild');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-esbuild-'));
fs.writeFileSync(path.join(dir, 'util.ts'), 'export const twice = (n: number): number => n * 2;\n');
fs.writeFileSync(path.join(dir, 'main.ts'), "import { twice } from './util';\nconsole.log('result', twice(21));\n");

(async () => {
  const result = await esbuild.build({
    entryPoints: [path.join(dir, 'main.ts')], bundle: true, minify: true, sourcemap: true,
    outfile: path.join(dir, 'out.js'), platform: 'node', write: true, metafile: true, logLevel: 'silent',
  });
  console.log('errors', result.errors.length, 'warnings', result.warnings.length);
  console.log('outputs', Object.keys(result.metafile.outputs).map((f) => path.basename(f)).sort());
  const out = fs.readFileSync(path.join(dir, 'out.js'), 'utf8');
  console.log('bundle has the map comment', out.includes('sourceMappingURL=out.js.map'));
  const run = require('node:child_process').spawnSync(process.execPath, [path.join(dir, 'out.js')], { encoding: 'utf8' });
  console.log('bundle prints', JSON.stringify(run.stdout));
  const t = await esbuild.transform('let x: number = 1 + 2', { loader: 'ts' });
  console.log('transform', JSON.stringify(t.code));
  try {
    await esbuild.transform('let = ;', { loader: 'js' });
  } catch (err) {
    console.log('syntax error', err.errors.length, err.errors[0].text);
  }
  console.log('sync', JSON.stringify(esbuild.transformSync('a ?? b', { target: 'es2019' }).code));
  await esbuild.stop();
  fs.rmSync(dir, { recursive: true });
})();
