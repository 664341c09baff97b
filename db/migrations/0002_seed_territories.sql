-- The seed of science-intensive territories (shared/src/taxonomy/territories.ts); admins edit the list afterwards.
INSERT INTO "territories" ("code", "labels", "region_code") VALUES
  ('astana-hub', '{"kk":"Astana Hub технопаркі","ru":"Технопарк Astana Hub","en":"Astana Hub technopark"}'::jsonb, 'KZ-71'),
  ('alatau-pit', '{"kk":"«Алатау» инновациялық технологиялар паркі","ru":"Парк инновационных технологий «Алатау»","en":"Alatau Park of Innovative Technologies"}'::jsonb, 'KZ-75'),
  ('alatau-city', '{"kk":"Алатау қаласы","ru":"Город Алатау","en":"Alatau City"}'::jsonb, 'KZ-19'),
  ('kurchatov', '{"kk":"Курчатов ғылым қаласы","ru":"Наукоград Курчатов","en":"Kurchatov science city"}'::jsonb, 'KZ-10'),
  ('stepnogorsk', '{"kk":"Степногорск биотехнологиялық кластері","ru":"Биотехнологический кластер Степногорска","en":"Stepnogorsk biotechnology cluster"}'::jsonb, 'KZ-11')
ON CONFLICT ("code") DO NOTHING;
