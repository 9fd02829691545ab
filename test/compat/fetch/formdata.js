// FormData: append/set/get/getAll/has/delete, iteration order, Blob and File values with file names, string
// conversion (lone surrogates), argument errors and inspect output.
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, JSON.stringify(err.message));
  }
};

const form = new FormData();
form.append('a', '1');
form.append('b', 2);
form.append('a', '3');
console.log('get', form.get('a'), form.getAll('a'), form.has('b'), form.has('z'), form.get('z'), form.getAll('z'));
console.log('entries', [...form], [...form.keys()], [...form.values()]);
form.set('a', 'only');
console.log('after set', [...form]);
form.set('new', 'last');
form.delete('b');
console.log('after delete', [...form.entries()]);

const blob = new Blob(['blob bytes'], { type: 'text/plain' });
form.append('blob', blob);
form.append('named', blob, 'given.txt');
const file = new File(['file bytes'], 'orig.bin', { type: 'application/x-bin', lastModified: 42 });
form.append('file', file);
form.append('renamed', file, 'renamed.bin');
for (const name of ['blob', 'named', 'file', 'renamed']) {
  const value = form.get(name);
  console.log(name, value instanceof File, value.name, value.type, value.size, name === 'file' ? value === file : '');
}
console.log('renamed keeps lastModified', form.get('renamed').lastModified);
form.set('blob', new Blob(['x']), 'set.txt');
console.log('set with filename', form.get('blob').name);

form.append('lone\ud800', 'value\udc00');
console.log('usv', JSON.stringify([...form.keys()].at(-1)), JSON.stringify(form.get('lone\ufffd')));

const seen = [];
form.forEach(function (value, key, target) { seen.push(`${key}=${typeof value}`, this.tag, target === form); }, { tag: 't' });
console.log('forEach', seen.slice(0, 6));
const live = new FormData();
live.append('x', '1');
const iterator = live.keys();
live.append('y', '2');
console.log('live iteration', [...iterator]);

show('append one arg', () => new FormData().append('a'));
show('append no args', () => new FormData().append());
show('append string filename', () => new FormData().append('a', 'b', 'c'));
show('set string filename', () => new FormData().set('a', 1, 'c'));
show('get no args', () => new FormData().get());
show('constructor arg', () => new FormData({}));
show('brand', () => FormData.prototype.get.call({}, 'a'));
console.log('tag', Object.prototype.toString.call(form), FormData.length, Object.prototype.toString.call(form.keys()));

const shown = new FormData();
shown.append('k', 'v');
shown.append('k', 'w');
shown.append('f', new File(['abc'], 'f.txt', { type: 'text/plain', lastModified: 7 }));
console.log(shown);
console.log(new FormData());
