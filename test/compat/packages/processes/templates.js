// Template engines compile templates to JavaScript functions (new Function / vm) and read included files:
// ejs with includes, filters of its own and async rendering; pug with mixins, includes and compileFile.
const ejs = require('ejs');
const pug = require('pug');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-templates-'));
fs.writeFileSync(path.join(dir, 'item.ejs'), '<li><%= item.name %>: <%- item.html %></li>');
fs.writeFileSync(path.join(dir, 'list.ejs'),
  '<ul><% items.forEach((item) => { %><%- include("item", { item }) %><% }) %></ul>\n<%# a comment %><%= total.toFixed(2) %>');
fs.writeFileSync(path.join(dir, 'layout.pug'), 'html\n  body\n    block content\n');
fs.writeFileSync(path.join(dir, 'page.pug'), [
  'extends layout.pug',
  'mixin row(name, price)',
  '  tr',
  '    td= name',
  '    td #{price.toFixed(2)}',
  'block content',
  '  h1.title(data-count=items.length) Prices',
  '  table',
  '    each item in items',
  '      +row(item.name, item.price)',
  '  if items.length > 2',
  '    p Many <items>',
  '  else',
  '    p Few',
  '',
].join('\n'));

const items = [{ name: 'Tea', html: '<b>hot</b>', price: 2.5 }, { name: 'A & B', html: '<i>x</i>', price: 10 }];
(async () => {
  console.log(ejs.render('<%= who %> has <%= n %> <%= n === 1 ? "item" : "items" %>', { who: '<Ann>', n: 2 }));
  console.log(await ejs.renderFile(path.join(dir, 'list.ejs'), { items, total: 12.5 }));
  const compiled = ejs.compile('<% for (const x of xs) { %><%= x * 2 %>,<% } %>');
  console.log(compiled({ xs: [1, 2, 3] }));
  const asyncTemplate = ejs.compile('<%= await Promise.resolve(41 + 1) %>', { async: true });
  console.log(await asyncTemplate({}));
  try {
    ejs.render('<% if (x { %>', {});
  } catch (err) {
    console.log('ejs error', err.name, err.message.includes('while compiling ejs'));
  }
  console.log(pug.render('p(class=cls)= text', { cls: 'note', text: 'a < b' }));
  console.log(pug.renderFile(path.join(dir, 'page.pug'), { items, pretty: true }));
  const fn = pug.compileFile(path.join(dir, 'page.pug'));
  console.log(fn({ items: items.slice(0, 1) }));
  try {
    pug.render('div(\n');
  } catch (err) {
    console.log('pug error', err.code, err.line);
  }
  fs.rmSync(dir, { recursive: true });
})();
