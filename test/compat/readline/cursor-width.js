// getCursorPos() and the cursor column for characters of different widths: tabs with several tabSize values,
// full-width CJK, emoji, combining marks and zero-width characters, a prompt with colour escape codes, and wrapping
// at output.columns when a wide character would straddle the edge.
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function make(options, columns = 20) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = columns;
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '', ...options });
  return { rl, input };
}
const show = (label, rl) => console.log(label.padEnd(22), JSON.stringify(rl.line), 'cursor', rl.cursor,
  'pos', JSON.stringify(rl.getCursorPos()));

for (const tabSize of [8, 4, 2, 1]) {
  const { rl, input } = make({ tabSize, completer: undefined }, 40);
  input.write('a\tbc\td');
  show(`tabSize ${tabSize}`, rl);
  rl.close();
}

const { rl, input } = make({});
for (const [label, text] of [
  ['ascii', 'hello'],
  ['CJK', '日本語'],
  ['emoji', '😀👍'],
  ['combining', 'e\u0301a\u0308'],
  ['zero width', 'a\u200bb\u200dc'],
  ['fullwidth latin', 'ＡＢ'],
  ['mixed', 'x日y😀z'],
]) {
  input.write('\x15' + text);   // ctrl-u clears what came before
  show(label, rl);
}
input.write('\x15' + '日'.repeat(12));
show('wide wrap', rl);
input.write('\x1b[D'.repeat(3));
show('after 3 lefts', rl);
input.write('\x01');
show('home', rl);
input.write('\x1b[C\x1b[C');
show('2 rights', rl);
rl.close();

const colored = make({ prompt: '\x1b[32mgreen>\x1b[39m ' });
colored.rl.prompt();
colored.input.write('abc');
show('coloured prompt', colored.rl);
colored.rl.setPrompt('日本> ');
colored.rl.prompt(true);
show('wide prompt', colored.rl);
colored.rl.setPrompt('two\nlines> ');
colored.rl.prompt(true);
show('two-line prompt', colored.rl);
colored.rl.close();
