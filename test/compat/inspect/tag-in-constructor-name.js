const util = require('util');
// Whether "[Tag]" is printed depends on the constructor's name containing the tag.
for (const name of ['MyMap', 'Mapper', 'MapX', 'Map1', 'MapMap', 'MappMap', 'aMap', 'MAP', 'MapÉ', 'Mapé']) {
  const C = ({ [name]: class extends Map {} })[name];
  console.log(util.inspect(new C()));
}
class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(util.inspect(new Tagged()));
class TagHolder { get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(util.inspect(new TagHolder()));
class Tagline { get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(util.inspect(new Tagline()));
class Promised extends Promise {}
console.log(util.inspect(Promised.resolve(1)));
