// Writes from a context to its sandbox: sloppy assignment to an undeclared name creates a sandbox property, strict
// mode refuses it (the context's ReferenceError); a name a frozen or sealed sandbox cannot take lands on the
// context's own global instead, a read-only one is left alone;
// delete from inside removes the sandbox's property; var over an existing property keeps its value; and
// compound assignments, ++ and logical assignments go through the sandbox.
const vm = require('node:vm');

function attempt(label, code, sandbox) {
  const ctx = vm.isContext(sandbox) ? sandbox : vm.createContext(sandbox);
  try {
    const result = vm.runInContext(code, ctx);
    console.log(label.padEnd(26), 'result', result, 'sandbox', JSON.stringify(sandbox));
  } catch (e) {
    console.log(label.padEnd(26), 'threw', e.name, e instanceof vm.runInContext('ReferenceError', ctx) ||
      e instanceof vm.runInContext('TypeError', ctx), JSON.stringify(e.message), 'sandbox', JSON.stringify(sandbox));
  }
}

attempt('sloppy undeclared', 'fresh = 1; typeof fresh', {});
attempt('strict undeclared', '"use strict"; fresh = 1', {});
attempt('strict existing', '"use strict"; known = 2; known', { known: 1 });
attempt('frozen sloppy new', 'added = 1; typeof added', Object.freeze({ kept: 1 }));
attempt('frozen sloppy existing', 'kept = 5; kept', Object.freeze({ kept: 1 }));
attempt('sealed sloppy new', 'added = 1; typeof added', Object.seal({ kept: 1 }));
attempt('sealed existing', 'kept = 7; kept', Object.seal({ kept: 1 }));
attempt('delete from inside', 'const r = delete gone; [r, typeof gone]', { gone: 1, stays: 2 });
attempt('delete sealed', '[delete kept, kept]', Object.seal({ kept: 1 }));
attempt('var over existing', 'var existing; existing', { existing: 'kept' });
attempt('var with value', 'var existing = "new"; existing', { existing: 'old' });
attempt('compound', 'n += 2; n *= 3; n++; s += "!"; n', { n: 1, s: 'hi' });
attempt('logical', 'a ||= "A"; b ??= "B"; c &&= "C"; [a, b, c]', { a: '', b: null, c: 'x' });
attempt('destructuring', '({ p: q, r = 5 } = { p: 4 }); [q, r] = [r, q]; q + r', {});
