import t from 'tap';
import { buildTaxonomy, regionCodeSchema, regions, seedTerritories, taxonomySchema } from '@kopir/shared';

t.test('Kazakhstan has 17 regions and 3 cities of republican significance', async (t) => {
  t.equal(regions.length, 20, '20 first-level divisions');
  t.equal(regions.filter((region) => region.kind === 'region').length, 17, '17 regions');
  t.same(
    regions
      .filter((region) => region.kind === 'city')
      .map((region) => region.labels.en)
      .sort(),
    ['Almaty', 'Astana', 'Shymkent'],
    'the three cities',
  );
});

t.test('every region has a unique ISO 3166-2 code and three non-empty names', async (t) => {
  t.equal(new Set(regions.map((region) => region.code)).size, regions.length, 'codes are unique');
  for (const region of regions) {
    t.match(region.code, /^KZ-\d{2}$/, `${region.code} is an ISO 3166-2:KZ code`);
    t.ok(region.labels.kk && region.labels.ru && region.labels.en, `${region.code} is named in kk, ru and en`);
  }
  t.ok(
    regions.some((region) => /[әғқңөұүһі]/i.test(region.labels.kk)),
    'Kazakh names use Kazakh letters',
  );
});

t.test('region codes are validated, never taken as raw strings', async (t) => {
  t.ok(regionCodeSchema.safeParse('KZ-71').success, 'Astana is accepted');
  t.notOk(regionCodeSchema.safeParse('KZ-99').success, 'an unknown code is refused');
  t.notOk(regionCodeSchema.safeParse("KZ-71' OR 1=1").success, 'an injection attempt is refused');
});

t.test('the served taxonomy matches its schema', async (t) => {
  t.ok(taxonomySchema.safeParse(buildTaxonomy({ capabilities: [], territories: seedTerritories })).success, 'taxonomy parses');
});
