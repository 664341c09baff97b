import t from 'tap';
import { apiErrorSchema, labSchema, taxonomySchema } from '@kopir/shared';
import { labInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

t.test('the taxonomy is served whole, trilingual, with caching headers', async (t) => {
  const app = await createTestApp(t);
  const response = await app.inject({ method: 'GET', url: '/api/v1/taxonomy' });
  t.equal(response.statusCode, 200, '200');
  const taxonomy = taxonomySchema.parse(response.json());
  t.equal(taxonomy.sectors.length, 21, 'NACE Rev. 2 sections A–U');
  t.same(
    taxonomy.sectors.filter((sector) => sector.priority).map((sector) => sector.code),
    ['A', 'C', 'D', 'J'],
    'the priority sectors marked',
  );
  t.equal(taxonomy.researchAreas.length, 6, 'FOS 2007 areas');
  t.equal(taxonomy.researchFields.length, 42, 'FOS 2007 fields');
  t.ok(taxonomy.capabilities.length >= 150, `${taxonomy.capabilities.length} capability tags`);
  t.ok(
    taxonomy.capabilities.every((c) => c.labels.kk && c.labels.ru && c.labels.en && c.synonyms.kk.length && c.synonyms.ru.length && c.synonyms.en.length),
    'each named and with synonyms in kk, ru and en',
  );
  t.equal(taxonomy.regions.length, 20, '20 regions');
  t.same(
    taxonomy.priorityAreas.map((area) => area.code),
    ['manufacturing', 'digital', 'agro', 'biotech', 'green_energy'],
    'the five priority areas',
  );
  t.ok(
    taxonomy.territories.some((territory) => territory.code === 'astana-hub'),
    'the seeded territories',
  );
  t.match(response.headers['cache-control'], /max-age=300/, 'cacheable for five minutes');

  const again = await app.inject({ method: 'GET', url: '/api/v1/taxonomy', headers: { 'if-none-match': String(response.headers.etag) } });
  t.equal(again.statusCode, 304, 'revalidation with the ETag answers 304');
});

t.test('admins add capability tags and territories without a deploy', async (t) => {
  const app = await createTestApp(t);
  const admin = await createUser(app, 'admin');
  const researcher = await createUser(app, 'researcher');
  const before = await app.inject({ method: 'GET', url: '/api/v1/taxonomy' });

  const capability = {
    code: 'permafrost-engineering',
    labels: { kk: 'Мәңгі тоң инженериясы', ru: 'Инженерия вечной мерзлоты', en: 'Permafrost engineering' },
    fields: ['2.1'],
    sectors: ['F', 'B'],
    synonyms: { kk: ['мәңгі тоң'], ru: ['мерзлотоведение'], en: ['frozen ground engineering'] },
  };
  const added = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/taxonomy/capabilities',
    headers: { authorization: admin.authorization },
    payload: capability,
  });
  t.equal(added.statusCode, 201, 'a capability is added');
  const duplicate = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/taxonomy/capabilities',
    headers: { authorization: admin.authorization },
    payload: capability,
  });
  t.equal(apiErrorSchema.parse(duplicate.json()).code, 'CODE_TAKEN', 'the same code twice: 409');
  const shipped = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/taxonomy/capabilities',
    headers: { authorization: admin.authorization },
    payload: { ...capability, code: 'hydrogen-electrolysis' },
  });
  t.equal(shipped.statusCode, 409, 'a shipped code cannot be redefined');
  const territory = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/taxonomy/territories',
    headers: { authorization: admin.authorization },
    payload: {
      code: 'baikonur-space-cluster',
      labels: { kk: 'Байқоңыр ғарыш кластері', ru: 'Космический кластер Байконур', en: 'Baikonur space cluster' },
      regionCode: 'KZ-43',
    },
  });
  t.equal(territory.statusCode, 201, 'a territory is added');

  const after = await app.inject({ method: 'GET', url: '/api/v1/taxonomy' });
  t.not(after.headers.etag, before.headers.etag, 'the ETag changed');
  const lab = await app.inject({
    method: 'POST',
    url: '/api/v1/labs',
    headers: { authorization: researcher.authorization },
    payload: labInput({ capabilities: ['permafrost-engineering'], territoryCode: 'baikonur-space-cluster' }),
  });
  t.equal(lab.statusCode, 201, 'the new codes are usable at once');
  t.same(labSchema.parse(lab.json()).capabilities, ['permafrost-engineering'], 'and stored');
});
