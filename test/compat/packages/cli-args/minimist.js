// minimist 1.2 unmodified: every option kind it parses, from fixed argument vectors.
const parse = require('minimist');

const show = (label, value) => console.log(label, JSON.stringify(value));

show('basic', parse(['-a', 'beep', '-b', 'boop', '-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']));
show('numbers', parse(['-x', '1234', '-y', '5.67', '-z', '1e7', '-w', '10f', '--hex', '0xdeadbeef', '789']));
show('string option', parse(['-s', '0001234', '--name', '007', '-t'], { string: ['s', 'name', 't'] }));
show('boolean option', parse(['-x', 'a', '--verbose', 'file', '--no-color', '-h'], { boolean: ['x', 'verbose', 'h'] }));
show('boolean all', parse(['--a', 'b', '--c', '-d', 'e'], { boolean: true }));
show('alias', parse(['-h', '-v', '3', '--out=x'], { alias: { h: 'help', v: ['verbose', 'V'], o: 'out' } }));
show('default', parse(['--a', '1'], { default: { a: 0, b: 'two', c: false }, boolean: 'c' }));
show('double dash', parse(['-a', '--', '-b', '--c'], { '--': true }));
show('double dash off', parse(['-a', '--', '-b', '--c']));
show('stopEarly', parse(['--aaa', 'bbb', 'ccc', '--ddd'], { stopEarly: true }));
show('unknown', parse(['--known', '--unk', '-x', 'pos'], { boolean: 'known', unknown: (arg) => !arg.startsWith('--unk') }));
show('dotted', parse(['--a.b=1', '--a.c', '2', '--no-a.d']));
show('negative numbers', parse(['-n', '-5', '--lat', '-1.5', '-3']));
show('repeated', parse(['-v', '-v', '--tag', 'a', '--tag', 'b']));
show('equals and empty', parse(['--empty=', '--eq=a=b', '-k=v']));
show('prototype', [parse(['--__proto__.x', '1', '--constructor.prototype.y', '2']), ({}).x, ({}).y]);
show('short boolean run', parse(['-xyz'], { boolean: ['x', 'y', 'z'] }));
show('short with number tail', parse(['-n123', '-m-1']));
show('process.argv shape', parse(['node', 'script', '--flag'].slice(2)));
