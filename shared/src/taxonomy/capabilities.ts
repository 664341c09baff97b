import type { ResearchFieldCode } from './research-fields.ts';
import type { SectorCode } from './sectors.ts';
import type { Capability } from './types.ts';

/** A capability whose field and sector codes the compiler checks against the two classifications. */
type CheckedCapability = Omit<Capability, 'fields' | 'sectors'> & { fields: ResearchFieldCode[]; sectors: SectorCode[] };

/**
 * Capability tags: methods, equipment classes and technologies that a university or institute lab
 * can offer to industry. Kopir's own list (no official classification covers this), grouped by the
 * priority directions of the 2026–2035 Concept for science-intensive territories (manufacturing,
 * digital technologies, agro-industrial complex, biotechnology, green energy) and by Kazakhstan's
 * other base industries. Each tag points to OECD FOS 2007 fields (`fields`, see research-fields.ts)
 * and to NACE Rev. 2 / OKED sections of the industries that use it (`sectors`, see sectors.ts).
 * `synonyms` hold the abbreviations and common phrasings people type in each language, so that a
 * need written in one language finds a lab described in another. Codes are stable: never rename one.
 */
export const capabilities: Capability[] = [
  // ── Manufacturing ─────────────────────────────────────────────────────────────────────────────
  {
    code: 'cnc-machining',
    labels: { kk: 'СББ станоктарында механикалық өңдеу', ru: 'Механообработка на станках с ЧПУ', en: 'CNC machining' },
    fields: ['2.3'],
    sectors: ['C'],
    synonyms: {
      kk: ['ЧПУ', 'СББ станоктары', 'фрезерлеу', 'жону'],
      ru: ['ЧПУ', 'фрезерование с ЧПУ', 'токарная обработка', 'механическая обработка'],
      en: ['CNC milling', 'CNC turning', 'computer numerical control', 'precision machining'],
    },
  },
  {
    code: 'metal-additive-manufacturing',
    labels: { kk: 'Металдан аддитивті өндіру', ru: 'Аддитивное производство из металла', en: 'Metal additive manufacturing' },
    fields: ['2.3', '2.5'],
    sectors: ['C'],
    synonyms: {
      kk: ['металды 3D басып шығару', 'селективті лазерлік балқыту', 'SLM'],
      ru: ['3D-печать металлом', 'селективное лазерное плавление', 'СЛП', 'SLM'],
      en: ['metal 3D printing', 'SLM', 'DMLS', 'LPBF'],
    },
  },
  {
    code: 'polymer-3d-printing',
    labels: { kk: 'Полимерлерден 3D басып шығару', ru: '3D-печать полимерами', en: 'Polymer 3D printing' },
    fields: ['2.3', '2.5'],
    sectors: ['C', 'M'],
    synonyms: {
      kk: ['3D басып шығару', 'жылдам прототиптеу', 'аддитивті технологиялар', '3D принтер'],
      ru: ['3D-печать', 'быстрое прототипирование', 'аддитивные технологии', 'FDM-печать'],
      en: ['3D printing', 'FDM', 'SLA', 'rapid prototyping'],
    },
  },
  {
    code: 'welding-technology',
    labels: { kk: 'Дәнекерлеу технологиялары', ru: 'Сварочные технологии', en: 'Welding technology' },
    fields: ['2.3', '2.5'],
    sectors: ['C', 'F', 'B'],
    synonyms: {
      kk: ['дәнекерлеу', 'лазерлік дәнекерлеу', 'электр доғалы дәнекерлеу'],
      ru: ['сварка', 'лазерная сварка', 'аргонодуговая сварка', 'технология сварки'],
      en: ['welding', 'arc welding', 'laser welding', 'WPS'],
    },
  },
  {
    code: 'non-destructive-testing',
    labels: { kk: 'Бұзбайтын бақылау', ru: 'Неразрушающий контроль', en: 'Non-destructive testing' },
    fields: ['2.3', '2.5'],
    sectors: ['C', 'B', 'D', 'H'],
    synonyms: {
      kk: ['дефектоскопия', 'ультрадыбыстық бақылау', 'радиографиялық бақылау'],
      ru: ['НК', 'дефектоскопия', 'ультразвуковой контроль', 'УЗК'],
      en: ['NDT', 'NDE', 'ultrasonic testing', 'radiographic testing'],
    },
  },
  {
    code: 'tribology',
    labels: { kk: 'Трибология және тозуға сынау', ru: 'Трибология и испытания на износ', en: 'Tribology and wear testing' },
    fields: ['2.3', '2.5'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['үйкеліс және тозу', 'тозуға төзімділік', 'майлау материалдары'],
      ru: ['трение и износ', 'износостойкость', 'смазочные материалы'],
      en: ['tribology', 'friction and wear', 'lubrication', 'tribometer'],
    },
  },
  {
    code: 'mechanical-testing',
    labels: { kk: 'Материалдарды механикалық сынау', ru: 'Механические испытания материалов', en: 'Mechanical testing of materials' },
    fields: ['2.5', '2.3'],
    sectors: ['C', 'F'],
    synonyms: {
      kk: ['созылуға сынау', 'қаттылықты өлшеу', 'шаршауға сынау'],
      ru: ['испытания на растяжение', 'твердость', 'усталостные испытания', 'ударная вязкость'],
      en: ['tensile testing', 'hardness testing', 'fatigue testing', 'impact testing'],
    },
  },
  {
    code: 'metallurgy-heat-treatment',
    labels: { kk: 'Металлургия және термиялық өңдеу', ru: 'Металлургия и термическая обработка', en: 'Metallurgy and heat treatment' },
    fields: ['2.5'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['металлургия', 'термоөңдеу', 'металтану', 'қорытпаларды әзірлеу'],
      ru: ['металлургия', 'термообработка', 'металловедение', 'разработка сплавов'],
      en: ['metallurgy', 'heat treatment', 'physical metallurgy', 'alloy development'],
    },
  },
  {
    code: 'powder-metallurgy',
    labels: { kk: 'Ұнтақты металлургия', ru: 'Порошковая металлургия', en: 'Powder metallurgy' },
    fields: ['2.5'],
    sectors: ['C'],
    synonyms: {
      kk: ['металл ұнтақтары', 'ұнтақтарды пісіру', 'ұнтақ материалдар'],
      ru: ['спекание', 'металлические порошки', 'порошковые материалы'],
      en: ['sintering', 'metal powders', 'MIM', 'hot isostatic pressing'],
    },
  },
  {
    code: 'corrosion-protection',
    labels: { kk: 'Коррозияға сынау және коррозиядан қорғау', ru: 'Коррозионные испытания и защита от коррозии', en: 'Corrosion testing and protection' },
    fields: ['2.5', '1.4'],
    sectors: ['C', 'B', 'D', 'H'],
    synonyms: {
      kk: ['коррозия', 'катодтық қорғау', 'тоттан қорғау'],
      ru: ['коррозия', 'катодная защита', 'антикоррозионная защита', 'электрохимическая защита'],
      en: ['corrosion', 'cathodic protection', 'anti-corrosion coatings', 'salt spray test'],
    },
  },
  {
    code: 'thermal-spray-coatings',
    labels: { kk: 'Газотермиялық бүрку және балқытып қаптау', ru: 'Газотермическое напыление и наплавка', en: 'Thermal spraying and hardfacing' },
    fields: ['2.5', '2.3'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['плазмалық бүрку', 'тозуға төзімді жабындар', 'HVOF'],
      ru: ['плазменное напыление', 'наплавка', 'износостойкие покрытия', 'HVOF'],
      en: ['plasma spraying', 'HVOF', 'hardfacing', 'wear-resistant coatings'],
    },
  },
  {
    code: 'foundry-casting',
    labels: { kk: 'Құю өндірісі', ru: 'Литейное производство', en: 'Foundry and casting' },
    fields: ['2.5', '2.3'],
    sectors: ['C'],
    synonyms: {
      kk: ['металл құю', 'балқытылатын үлгілермен құю', 'қысыммен құю'],
      ru: ['литье', 'литье по выплавляемым моделям', 'литье под давлением'],
      en: ['metal casting', 'investment casting', 'die casting', 'sand casting'],
    },
  },
  {
    code: 'metal-forming',
    labels: { kk: 'Металдарды қысыммен өңдеу', ru: 'Обработка металлов давлением', en: 'Metal forming' },
    fields: ['2.5', '2.3'],
    sectors: ['C'],
    synonyms: {
      kk: ['соғу', 'штамптау', 'илемдеу'],
      ru: ['ОМД', 'ковка', 'штамповка', 'прокатка'],
      en: ['forging', 'stamping', 'rolling', 'sheet metal forming'],
    },
  },
  {
    code: 'laser-processing',
    labels: { kk: 'Материалдарды лазермен өңдеу', ru: 'Лазерная обработка материалов', en: 'Laser materials processing' },
    fields: ['2.3', '1.3'],
    sectors: ['C'],
    synonyms: {
      kk: ['лазерлік кесу', 'лазерлік таңбалау', 'лазерлік беріктендіру'],
      ru: ['лазерная резка', 'лазерная наплавка', 'лазерная маркировка'],
      en: ['laser cutting', 'laser cladding', 'laser marking', 'laser hardening'],
    },
  },
  {
    code: 'mechatronics',
    labels: { kk: 'Мехатроника', ru: 'Мехатроника', en: 'Mechatronics' },
    fields: ['2.3', '2.2'],
    sectors: ['C'],
    synonyms: {
      kk: ['мехатрондық жүйелер', 'сервожетектер', 'электромеханикалық жүйелер'],
      ru: ['мехатронные системы', 'сервоприводы', 'электромеханические системы'],
      en: ['mechatronic systems', 'servo drives', 'motion control'],
    },
  },
  {
    code: 'industrial-robotics',
    labels: { kk: 'Өнеркәсіптік робототехника', ru: 'Промышленная робототехника', en: 'Industrial robotics' },
    fields: ['2.3', '2.2'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['өнеркәсіптік роботтар', 'роботтандыру', 'манипуляторлар', 'коботтар'],
      ru: ['промышленные роботы', 'роботизация', 'манипуляторы', 'коботы'],
      en: ['industrial robots', 'robot arms', 'cobots', 'robotic cells'],
    },
  },
  {
    code: 'mobile-robotics',
    labels: { kk: 'Мобильді және автономды роботтар', ru: 'Мобильные и автономные роботы', en: 'Mobile and autonomous robots' },
    fields: ['2.2', '2.3', '1.2'],
    sectors: ['C', 'H', 'A', 'B'],
    synonyms: {
      kk: ['мобильді роботтар', 'автономды навигация', 'AGV'],
      ru: ['мобильные роботы', 'автономная навигация', 'AGV', 'SLAM'],
      en: ['AGV', 'AMR', 'autonomous navigation', 'SLAM'],
    },
  },
  {
    code: 'industrial-automation',
    labels: { kk: 'Технологиялық процестерді автоматтандыру', ru: 'Автоматизация технологических процессов', en: 'Industrial automation and process control' },
    fields: ['2.2', '2.3'],
    sectors: ['C', 'D', 'B', 'E'],
    synonyms: {
      kk: ['ТП АБЖ', 'АСУ ТП', 'өндірісті автоматтандыру', 'SCADA'],
      ru: ['АСУ ТП', 'КИПиА', 'SCADA', 'автоматизация производства'],
      en: ['process control', 'SCADA', 'DCS', 'factory automation'],
    },
  },
  {
    code: 'plc-programming',
    labels: { kk: 'ПЛК бағдарламалау', ru: 'Программирование ПЛК', en: 'PLC programming' },
    fields: ['2.2'],
    sectors: ['C', 'D', 'B'],
    synonyms: {
      kk: ['бағдарламаланатын логикалық контроллер', 'контроллерлерді бағдарламалау', 'PLC'],
      ru: ['программируемый логический контроллер', 'ПЛК', 'IEC 61131-3', 'релейная логика'],
      en: ['PLC', 'programmable logic controller', 'ladder logic', 'IEC 61131-3'],
    },
  },
  {
    code: 'digital-twins',
    labels: { kk: 'Цифрлық егіздер', ru: 'Цифровые двойники', en: 'Digital twins' },
    fields: ['2.3', '1.2', '2.2'],
    sectors: ['C', 'D', 'B', 'F'],
    synonyms: {
      kk: ['цифрлық егіз', 'цифрлық көшірме', 'виртуалды модель'],
      ru: ['цифровой двойник', 'виртуальная модель производства', 'виртуальная пусконаладка'],
      en: ['digital twin', 'virtual commissioning', 'virtual plant model'],
    },
  },
  {
    code: 'cad-engineering-design',
    labels: { kk: 'Компьютерлік жобалау (АЖЖ)', ru: 'Компьютерное проектирование (САПР)', en: 'CAD and engineering design' },
    fields: ['2.3'],
    sectors: ['C', 'F', 'M'],
    synonyms: {
      kk: ['САПР', '3D модельдеу', 'конструкторлық құжаттама'],
      ru: ['САПР', '3D-моделирование', 'конструирование', 'конструкторская документация'],
      en: ['CAD', 'CAD/CAM', '3D modelling', 'SolidWorks'],
    },
  },
  {
    code: 'finite-element-analysis',
    labels: { kk: 'Шекті элементтер әдісімен талдау', ru: 'Конечно-элементный анализ', en: 'Finite element analysis' },
    fields: ['2.3', '1.1'],
    sectors: ['C', 'F', 'D', 'B'],
    synonyms: {
      kk: ['ШЭӘ', 'шекті элементтер әдісі', 'беріктікке есептеу', 'CAE'],
      ru: ['МКЭ', 'метод конечных элементов', 'прочностной расчет', 'CAE'],
      en: ['FEA', 'FEM', 'finite element method', 'CAE'],
    },
  },
  {
    code: 'computational-fluid-dynamics',
    labels: { kk: 'Есептеу гидрогаздинамикасы', ru: 'Вычислительная гидрогазодинамика', en: 'Computational fluid dynamics' },
    fields: ['2.3', '1.3'],
    sectors: ['C', 'D', 'B'],
    synonyms: {
      kk: ['CFD', 'ағындарды модельдеу', 'CFD-модельдеу'],
      ru: ['CFD', 'численное моделирование течений', 'CFD-моделирование'],
      en: ['CFD', 'flow simulation', 'OpenFOAM', 'ANSYS Fluent'],
    },
  },
  {
    code: 'vibration-diagnostics',
    labels: {
      kk: 'Вибродиагностика және жабдық күйін бақылау',
      ru: 'Вибродиагностика и мониторинг состояния оборудования',
      en: 'Vibration diagnostics and condition monitoring',
    },
    fields: ['2.3', '2.2'],
    sectors: ['C', 'D', 'B', 'H'],
    synonyms: {
      kk: ['діріл диагностикасы', 'болжамды қызмет көрсету', 'техникалық диагностика'],
      ru: ['вибродиагностика', 'виброанализ', 'предиктивное обслуживание', 'техническая диагностика'],
      en: ['condition monitoring', 'vibration analysis', 'predictive maintenance', 'CBM'],
    },
  },
  {
    code: 'metrology-calibration',
    labels: { kk: 'Метрология және калибрлеу', ru: 'Метрология и калибровка', en: 'Metrology and calibration' },
    fields: ['2.3', '1.3'],
    sectors: ['C', 'M'],
    synonyms: {
      kk: ['өлшеу құралдарын калибрлеу', 'салыстырып тексеру', 'координаталық өлшеу машинасы'],
      ru: ['поверка', 'калибровка средств измерений', 'КИМ', 'координатно-измерительная машина'],
      en: ['calibration', 'CMM', 'dimensional inspection', 'measurement uncertainty'],
    },
  },
  {
    code: '3d-scanning-reverse-engineering',
    labels: { kk: '3D сканерлеу және кері инжиниринг', ru: '3D-сканирование и реверс-инжиниринг', en: '3D scanning and reverse engineering' },
    fields: ['2.3'],
    sectors: ['C', 'M'],
    synonyms: {
      kk: ['3D сканерлеу', 'кері инжиниринг', 'лазерлік сканерлеу'],
      ru: ['3D-сканирование', 'обратное проектирование', 'реверсивный инжиниринг'],
      en: ['3D scanning', 'reverse engineering', 'laser scanning', 'photogrammetry'],
    },
  },
  {
    code: 'machinery-design',
    labels: { kk: 'Машиналар мен жабдықтарды жобалау', ru: 'Проектирование машин и оборудования', en: 'Machinery and equipment design' },
    fields: ['2.3'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['машина жасау', 'жабдықты құрастыру', 'прототип жасау'],
      ru: ['машиностроение', 'конструирование оборудования', 'разработка прототипов', 'ОКР'],
      en: ['mechanical design', 'equipment engineering', 'prototype development'],
    },
  },
  {
    code: 'hydraulics-pneumatics',
    labels: { kk: 'Гидравликалық және пневматикалық жүйелер', ru: 'Гидравлические и пневматические системы', en: 'Hydraulic and pneumatic systems' },
    fields: ['2.3'],
    sectors: ['C', 'B', 'A'],
    synonyms: {
      kk: ['гидравлика', 'пневматика', 'гидрожетек'],
      ru: ['гидравлика', 'пневматика', 'гидропривод', 'пневмопривод'],
      en: ['hydraulics', 'pneumatics', 'fluid power', 'hydraulic drives'],
    },
  },
  {
    code: 'lean-manufacturing',
    labels: { kk: 'Үнемді өндіріс', ru: 'Бережливое производство', en: 'Lean manufacturing' },
    fields: ['2.11', '5.2'],
    sectors: ['C'],
    synonyms: {
      kk: ['lean', 'кайдзен', 'алты сигма'],
      ru: ['lean', 'кайдзен', 'шесть сигм', 'картирование потока создания ценности'],
      en: ['lean production', 'Six Sigma', 'kaizen', 'value stream mapping'],
    },
  },
  {
    code: 'quality-control-spc',
    labels: {
      kk: 'Сапаны бақылау және процестерді статистикалық басқару',
      ru: 'Контроль качества и статистическое управление процессами',
      en: 'Quality control and statistical process control',
    },
    fields: ['2.11', '1.1'],
    sectors: ['C'],
    synonyms: {
      kk: ['сапа менеджменті', 'ISO 9001', 'SPC'],
      ru: ['ОТК', 'SPC', 'ISO 9001', 'управление качеством'],
      en: ['SPC', 'QC', 'quality assurance', 'ISO 9001'],
    },
  },
  {
    code: 'machine-vision-inspection',
    labels: { kk: 'Сапаны бақылауға арналған машиналық көру', ru: 'Машинное зрение для контроля качества', en: 'Machine vision inspection' },
    fields: ['2.2', '1.2'],
    sectors: ['C'],
    synonyms: {
      kk: ['машиналық көру', 'ақауларды анықтау', 'оптикалық бақылау'],
      ru: ['машинное зрение', 'автоматический оптический контроль', 'обнаружение дефектов'],
      en: ['machine vision', 'AOI', 'automated optical inspection', 'defect detection'],
    },
  },
  {
    code: 'electronics-pcb-design',
    labels: { kk: 'Электроника және баспа платаларын әзірлеу', ru: 'Разработка электроники и печатных плат', en: 'Electronics and PCB design' },
    fields: ['2.2'],
    sectors: ['C', 'J'],
    synonyms: {
      kk: ['баспа платалары', 'схемотехника', 'электрондық құрылғылар'],
      ru: ['печатные платы', 'схемотехника', 'электронные устройства'],
      en: ['PCB design', 'circuit design', 'hardware development', 'electronics prototyping'],
    },
  },
  {
    code: 'sensor-development',
    labels: { kk: 'Датчиктер мен сенсорлар әзірлеу', ru: 'Разработка датчиков и сенсоров', en: 'Sensor development' },
    fields: ['2.2', '1.3', '2.10'],
    sectors: ['C', 'Q', 'B'],
    synonyms: {
      kk: ['датчиктер', 'сенсорлар', 'МЭМС', 'газ сенсорлары'],
      ru: ['датчики', 'сенсоры', 'МЭМС', 'газовые сенсоры'],
      en: ['sensors', 'MEMS', 'transducers', 'gas sensors'],
    },
  },

  // ── Digital technologies ──────────────────────────────────────────────────────────────────────
  {
    code: 'machine-learning',
    labels: { kk: 'Машиналық оқыту', ru: 'Машинное обучение', en: 'Machine learning' },
    fields: ['1.2'],
    sectors: ['J', 'C', 'K', 'Q'],
    synonyms: {
      kk: ['жасанды интеллект', 'ЖИ', 'терең оқыту', 'ML'],
      ru: ['ML', 'искусственный интеллект', 'ИИ', 'глубокое обучение'],
      en: ['ML', 'AI', 'deep learning', 'predictive modelling'],
    },
  },
  {
    code: 'computer-vision',
    labels: { kk: 'Компьютерлік көру', ru: 'Компьютерное зрение', en: 'Computer vision' },
    fields: ['1.2', '2.2'],
    sectors: ['J', 'C', 'A', 'Q'],
    synonyms: {
      kk: ['кескіндерді тану', 'объектілерді анықтау', 'бейнеаналитика'],
      ru: ['распознавание изображений', 'обнаружение объектов', 'видеоаналитика', 'сегментация изображений'],
      en: ['CV', 'image recognition', 'object detection', 'video analytics'],
    },
  },
  {
    code: 'natural-language-processing',
    labels: { kk: 'Табиғи тілді өңдеу', ru: 'Обработка естественного языка', en: 'Natural language processing' },
    fields: ['1.2', '6.2'],
    sectors: ['J', 'K', 'O'],
    synonyms: {
      kk: ['NLP', 'компьютерлік лингвистика', 'мәтінді талдау'],
      ru: ['NLP', 'компьютерная лингвистика', 'анализ текстов', 'обработка текстов'],
      en: ['NLP', 'text mining', 'text analytics', 'computational linguistics'],
    },
  },
  {
    code: 'kazakh-language-processing',
    labels: { kk: 'Қазақ тілін компьютерлік өңдеу', ru: 'Компьютерная обработка казахского языка', en: 'Kazakh language processing' },
    fields: ['1.2', '6.2'],
    sectors: ['J', 'P', 'O'],
    synonyms: {
      kk: ['қазақша NLP', 'қазақ тілінің корпусы', 'қазақ тілі морфологиясы'],
      ru: ['казахский NLP', 'корпус казахского языка', 'морфология казахского языка'],
      en: ['Kazakh NLP', 'Kazakh corpus', 'Kazakh morphology', 'low-resource languages'],
    },
  },
  {
    code: 'machine-translation',
    labels: { kk: 'Машиналық аударма', ru: 'Машинный перевод', en: 'Machine translation' },
    fields: ['1.2', '6.2'],
    sectors: ['J', 'O', 'P'],
    synonyms: {
      kk: ['автоматты аударма', 'нейрондық аударма'],
      ru: ['автоматический перевод', 'нейронный машинный перевод', 'нейроперевод'],
      en: ['MT', 'NMT', 'neural machine translation', 'automatic translation'],
    },
  },
  {
    code: 'large-language-models',
    labels: { kk: 'Үлкен тілдік модельдер', ru: 'Большие языковые модели', en: 'Large language models' },
    fields: ['1.2'],
    sectors: ['J', 'K', 'P', 'O'],
    synonyms: { kk: ['LLM', 'генеративтік ЖИ', 'чат-боттар'], ru: ['LLM', 'генеративный ИИ', 'чат-боты', 'GPT'], en: ['LLM', 'generative AI', 'GPT', 'RAG'] },
  },
  {
    code: 'speech-recognition',
    labels: { kk: 'Сөйлеуді тану және синтездеу', ru: 'Распознавание и синтез речи', en: 'Speech recognition and synthesis' },
    fields: ['1.2', '2.2'],
    sectors: ['J', 'K', 'Q'],
    synonyms: {
      kk: ['дауысты тану', 'сөйлеу технологиялары', 'ASR', 'TTS'],
      ru: ['ASR', 'TTS', 'речевые технологии', 'голосовые ассистенты'],
      en: ['ASR', 'speech-to-text', 'text-to-speech', 'TTS'],
    },
  },
  {
    code: 'big-data-analytics',
    labels: { kk: 'Үлкен деректерді талдау', ru: 'Анализ больших данных', en: 'Big data analytics' },
    fields: ['1.2', '1.1'],
    sectors: ['J', 'K', 'G'],
    synonyms: {
      kk: ['үлкен деректер', 'Big Data', 'деректер ғылымы'],
      ru: ['большие данные', 'Big Data', 'data science', 'наука о данных'],
      en: ['big data', 'data science', 'Apache Spark', 'Hadoop'],
    },
  },
  {
    code: 'data-engineering',
    labels: { kk: 'Деректер инженериясы және деректер қоймалары', ru: 'Инженерия данных и хранилища данных', en: 'Data engineering and data warehousing' },
    fields: ['1.2'],
    sectors: ['J', 'K'],
    synonyms: {
      kk: ['ETL', 'деректер қоймасы', 'DWH'],
      ru: ['ETL', 'DWH', 'конвейеры данных', 'озеро данных'],
      en: ['ETL', 'data pipelines', 'data warehouse', 'data lake'],
    },
  },
  {
    code: 'cybersecurity',
    labels: { kk: 'Киберқауіпсіздік', ru: 'Кибербезопасность', en: 'Cybersecurity' },
    fields: ['1.2', '2.2'],
    sectors: ['J', 'K', 'O', 'D'],
    synonyms: {
      kk: ['ақпараттық қауіпсіздік', 'ақпаратты қорғау', 'пентест'],
      ru: ['информационная безопасность', 'ИБ', 'пентест', 'защита информации'],
      en: ['information security', 'infosec', 'penetration testing', 'SOC'],
    },
  },
  {
    code: 'cryptography',
    labels: { kk: 'Криптография', ru: 'Криптография', en: 'Cryptography' },
    fields: ['1.1', '1.2'],
    sectors: ['J', 'K', 'O'],
    synonyms: {
      kk: ['шифрлау', 'криптографиялық қорғау', 'ЭЦҚ'],
      ru: ['шифрование', 'СКЗИ', 'ЭЦП', 'криптографическая защита'],
      en: ['encryption', 'PKI', 'cryptographic protocols', 'post-quantum cryptography'],
    },
  },
  {
    code: 'blockchain',
    labels: { kk: 'Блокчейн және таратылған тізілімдер', ru: 'Блокчейн и распределённые реестры', en: 'Blockchain and distributed ledgers' },
    fields: ['1.2'],
    sectors: ['J', 'K', 'H'],
    synonyms: {
      kk: ['блокчейн', 'смарт-келісімшарттар', 'DLT'],
      ru: ['блокчейн', 'смарт-контракты', 'DLT', 'распределенный реестр'],
      en: ['blockchain', 'DLT', 'smart contracts', 'distributed ledger'],
    },
  },
  {
    code: 'internet-of-things',
    labels: { kk: 'Заттар интернеті', ru: 'Интернет вещей', en: 'Internet of Things' },
    fields: ['2.2', '1.2'],
    sectors: ['J', 'C', 'A', 'D'],
    synonyms: {
      kk: ['IoT', 'IIoT', 'өнеркәсіптік заттар интернеті'],
      ru: ['IoT', 'IIoT', 'промышленный интернет вещей', 'умные датчики'],
      en: ['IoT', 'IIoT', 'industrial IoT', 'connected devices'],
    },
  },
  {
    code: 'edge-computing',
    labels: { kk: 'Шеткі есептеулер', ru: 'Граничные вычисления', en: 'Edge computing' },
    fields: ['1.2', '2.2'],
    sectors: ['J', 'C'],
    synonyms: {
      kk: ['edge есептеулер', 'периферийлік есептеулер', 'edge AI'],
      ru: ['периферийные вычисления', 'edge-вычисления', 'туманные вычисления'],
      en: ['edge AI', 'fog computing', 'on-device inference'],
    },
  },
  {
    code: 'embedded-systems',
    labels: { kk: 'Ендірілген жүйелер', ru: 'Встраиваемые системы', en: 'Embedded systems' },
    fields: ['2.2', '1.2'],
    sectors: ['C', 'J'],
    synonyms: {
      kk: ['микроконтроллерлер', 'ендірілген БҚ', 'микробағдарлама'],
      ru: ['микроконтроллеры', 'встроенное ПО', 'прошивка', 'RTOS'],
      en: ['firmware', 'microcontrollers', 'RTOS', 'embedded software'],
    },
  },
  {
    code: 'gis',
    labels: { kk: 'Геоақпараттық жүйелер (ГАЖ)', ru: 'Геоинформационные системы (ГИС)', en: 'Geographic information systems (GIS)' },
    fields: ['1.5', '1.2'],
    sectors: ['J', 'A', 'O', 'F'],
    synonyms: {
      kk: ['ГАЖ', 'ГИС', 'кеңістіктік талдау', 'цифрлық карталар'],
      ru: ['ГИС', 'геоинформатика', 'пространственный анализ', 'цифровые карты'],
      en: ['GIS', 'spatial analysis', 'ArcGIS', 'QGIS'],
    },
  },
  {
    code: 'remote-sensing',
    labels: {
      kk: 'Жерді қашықтықтан зондтау және ғарыштық түсірілімдерді талдау',
      ru: 'Дистанционное зондирование Земли и анализ космоснимков',
      en: 'Remote sensing and satellite imagery analysis',
    },
    fields: ['1.5', '1.2'],
    sectors: ['A', 'B', 'O', 'E'],
    synonyms: {
      kk: ['ЖҚЗ', 'ғарыштық суреттер', 'спутниктік мониторинг', 'спутниктік түсірілімдер'],
      ru: ['ДЗЗ', 'космоснимки', 'спутниковые снимки', 'спутниковый мониторинг'],
      en: ['remote sensing', 'satellite imagery', 'Earth observation', 'Sentinel'],
    },
  },
  {
    code: 'high-performance-computing',
    labels: { kk: 'Жоғары өнімді есептеулер', ru: 'Высокопроизводительные вычисления', en: 'High-performance computing' },
    fields: ['1.2'],
    sectors: ['J', 'M'],
    synonyms: {
      kk: ['HPC', 'суперкомпьютер', 'параллель есептеулер'],
      ru: ['HPC', 'суперкомпьютер', 'параллельные вычисления', 'GPU-вычисления'],
      en: ['HPC', 'supercomputing', 'parallel computing', 'GPU computing'],
    },
  },
  {
    code: 'cloud-computing',
    labels: { kk: 'Бұлттық есептеулер және DevOps', ru: 'Облачные вычисления и DevOps', en: 'Cloud computing and DevOps' },
    fields: ['1.2'],
    sectors: ['J', 'K'],
    synonyms: {
      kk: ['бұлттық сервистер', 'бұлт', 'Kubernetes'],
      ru: ['облачные сервисы', 'облако', 'Kubernetes', 'DevOps'],
      en: ['cloud', 'DevOps', 'Kubernetes', 'cloud migration'],
    },
  },
  {
    code: 'software-engineering',
    labels: { kk: 'Бағдарламалық қамтамасыз етуді әзірлеу', ru: 'Разработка программного обеспечения', en: 'Software engineering' },
    fields: ['1.2'],
    sectors: ['J'],
    synonyms: {
      kk: ['БҚ әзірлеу', 'бағдарламалау', 'веб-әзірлеу', 'мобильді қосымшалар'],
      ru: ['разработка ПО', 'программирование', 'веб-разработка', 'мобильные приложения'],
      en: ['software development', 'custom software', 'web development', 'mobile apps'],
    },
  },
  {
    code: 'ux-ui-design',
    labels: { kk: 'UX/UI дизайн және пайдаланушылық тестілеу', ru: 'UX/UI-дизайн и юзабилити-тестирование', en: 'UX/UI design and usability testing' },
    fields: ['1.2', '5.1'],
    sectors: ['J', 'G'],
    synonyms: {
      kk: ['UX', 'интерфейс дизайны', 'пайдаланушы тәжірибесі'],
      ru: ['UX', 'юзабилити', 'пользовательский опыт', 'дизайн интерфейсов'],
      en: ['UX', 'UI design', 'usability', 'user research'],
    },
  },
  {
    code: 'recommender-systems',
    labels: { kk: 'Ұсыныс жүйелері', ru: 'Рекомендательные системы', en: 'Recommender systems' },
    fields: ['1.2'],
    sectors: ['J', 'G', 'K'],
    synonyms: {
      kk: ['ұсынымдар жүйесі', 'дербестендіру', 'персонализация'],
      ru: ['рекомендации', 'персонализация', 'коллаборативная фильтрация'],
      en: ['recommendation engine', 'personalisation', 'collaborative filtering'],
    },
  },
  {
    code: 'time-series-forecasting',
    labels: { kk: 'Уақыт қатарларын болжау', ru: 'Прогнозирование временных рядов', en: 'Time series forecasting' },
    fields: ['1.1', '1.2'],
    sectors: ['D', 'G', 'K'],
    synonyms: {
      kk: ['сұранысты болжау', 'жүктемені болжау', 'болжамдық аналитика'],
      ru: ['прогнозирование спроса', 'прогноз нагрузки', 'предиктивная аналитика'],
      en: ['demand forecasting', 'load forecasting', 'predictive analytics'],
    },
  },
  {
    code: 'mathematical-modelling',
    labels: { kk: 'Математикалық модельдеу', ru: 'Математическое моделирование', en: 'Mathematical modelling and simulation' },
    fields: ['1.1', '1.2'],
    sectors: ['C', 'D', 'B', 'M'],
    synonyms: {
      kk: ['сандық модельдеу', 'имитациялық модельдеу', 'компьютерлік модельдеу'],
      ru: ['численное моделирование', 'имитационное моделирование', 'компьютерное моделирование'],
      en: ['numerical modelling', 'simulation', 'computational modelling', 'system dynamics'],
    },
  },
  {
    code: 'operations-research',
    labels: {
      kk: 'Математикалық оңтайландыру және операцияларды зерттеу',
      ru: 'Математическая оптимизация и исследование операций',
      en: 'Mathematical optimisation and operations research',
    },
    fields: ['1.1', '1.2'],
    sectors: ['H', 'C', 'B', 'G'],
    synonyms: {
      kk: ['операцияларды зерттеу', 'сызықтық бағдарламалау', 'логистиканы оңтайландыру'],
      ru: ['исследование операций', 'линейное программирование', 'оптимизация логистики', 'оптимизация расписаний'],
      en: ['operations research', 'linear programming', 'scheduling optimisation', 'route optimisation'],
    },
  },
  {
    code: 'wireless-communications',
    labels: { kk: 'Сымсыз байланыс және 5G', ru: 'Беспроводная связь и 5G', en: 'Wireless communications and 5G' },
    fields: ['2.2'],
    sectors: ['J'],
    synonyms: {
      kk: ['5G', 'телекоммуникация', 'радиобайланыс', 'LoRaWAN'],
      ru: ['5G', 'телекоммуникации', 'радиосвязь', 'LoRaWAN'],
      en: ['5G', 'telecommunications', 'RF engineering', 'LoRaWAN'],
    },
  },
  {
    code: 'satellite-technology',
    labels: { kk: 'Спутниктік және ғарыштық технологиялар', ru: 'Спутниковые и космические технологии', en: 'Satellite and space technology' },
    fields: ['2.2', '1.3'],
    sectors: ['J', 'O'],
    synonyms: {
      kk: ['шағын спутниктер', 'кубсат', 'спутниктік байланыс'],
      ru: ['малые спутники', 'кубсат', 'спутниковая связь', 'космическая техника'],
      en: ['CubeSat', 'small satellites', 'satellite communications', 'space systems'],
    },
  },
  {
    code: 'unmanned-aerial-systems',
    labels: { kk: 'Ұшқышсыз авиациялық жүйелер', ru: 'Беспилотные авиационные системы', en: 'Unmanned aerial systems' },
    fields: ['2.2', '2.3'],
    sectors: ['A', 'B', 'H', 'O'],
    synonyms: {
      kk: ['ҰҰА', 'дрондар', 'пилотсыз ұшу аппараттары', 'аэротүсірілім'],
      ru: ['БПЛА', 'дроны', 'беспилотники', 'аэросъемка'],
      en: ['UAV', 'UAS', 'drones', 'aerial survey'],
    },
  },
  {
    code: 'quantum-technologies',
    labels: {
      kk: 'Кванттық есептеулер және кванттық технологиялар',
      ru: 'Квантовые вычисления и квантовые технологии',
      en: 'Quantum computing and quantum technologies',
    },
    fields: ['1.3', '1.2'],
    sectors: ['J'],
    synonyms: {
      kk: ['кванттық компьютерлер', 'кванттық алгоритмдер', 'кванттық байланыс'],
      ru: ['квантовые компьютеры', 'квантовые алгоритмы', 'квантовая связь'],
      en: ['quantum computing', 'quantum algorithms', 'quantum communication'],
    },
  },
  {
    code: 'robotic-process-automation',
    labels: { kk: 'Процестерді роботтандырылған автоматтандыру', ru: 'Роботизированная автоматизация процессов', en: 'Robotic process automation' },
    fields: ['1.2'],
    sectors: ['J', 'K', 'O'],
    synonyms: {
      kk: ['RPA', 'бизнес-процестерді автоматтандыру', 'бағдарламалық роботтар'],
      ru: ['RPA', 'автоматизация бизнес-процессов', 'программные роботы'],
      en: ['RPA', 'business process automation', 'workflow automation'],
    },
  },
  {
    code: 'virtual-augmented-reality',
    labels: { kk: 'Виртуалды және толықтырылған шындық', ru: 'Виртуальная и дополненная реальность', en: 'Virtual and augmented reality' },
    fields: ['1.2'],
    sectors: ['J', 'P', 'C'],
    synonyms: { kk: ['VR', 'AR', 'XR', 'VR тренажерлер'], ru: ['VR', 'AR', 'XR', 'VR-тренажеры'], en: ['VR', 'AR', 'XR', 'mixed reality'] },
  },

  // ── Agro-industrial complex ───────────────────────────────────────────────────────────────────
  {
    code: 'precision-irrigation',
    labels: { kk: 'Дәл суару', ru: 'Точное орошение', en: 'Precision irrigation' },
    fields: ['4.1', '2.7'],
    sectors: ['A'],
    synonyms: {
      kk: ['ақылды суару', 'суару режимі', 'суаруды басқару'],
      ru: ['умное орошение', 'прецизионное орошение', 'режим орошения'],
      en: ['smart irrigation', 'variable rate irrigation', 'irrigation scheduling'],
    },
  },
  {
    code: 'drip-irrigation',
    labels: { kk: 'Тамшылатып суару', ru: 'Капельное орошение', en: 'Drip irrigation' },
    fields: ['4.1'],
    sectors: ['A'],
    synonyms: {
      kk: ['тамшылы суару', 'микросуару', 'фертигация'],
      ru: ['капельный полив', 'микроорошение', 'фертигация'],
      en: ['micro-irrigation', 'trickle irrigation', 'fertigation'],
    },
  },
  {
    code: 'precision-agriculture',
    labels: { kk: 'Дәл егіншілік', ru: 'Точное земледелие', en: 'Precision agriculture' },
    fields: ['4.1', '1.2'],
    sectors: ['A'],
    synonyms: {
      kk: ['цифрлық егіншілік', 'ақылды ауыл шаруашылығы', 'сараланған енгізу'],
      ru: ['цифровое земледелие', 'умное сельское хозяйство', 'дифференцированное внесение', 'картирование урожайности'],
      en: ['precision farming', 'smart farming', 'variable rate application', 'yield mapping'],
    },
  },
  {
    code: 'soil-analysis',
    labels: {
      kk: 'Топырақты талдау және агрохимиялық зерттеулер',
      ru: 'Анализ почв и агрохимические исследования',
      en: 'Soil analysis and agrochemical testing',
    },
    fields: ['4.1', '1.5'],
    sectors: ['A'],
    synonyms: {
      kk: ['агрохимиялық талдау', 'топырақ құнарлылығы', 'агрохимия', 'топырақ зерттеу'],
      ru: ['агрохимический анализ', 'плодородие почв', 'агрохимия', 'почвенное обследование'],
      en: ['soil testing', 'soil fertility', 'agrochemical analysis', 'soil survey'],
    },
  },
  {
    code: 'soil-conservation-no-till',
    labels: {
      kk: 'Ресурс үнемдейтін егіншілік және топырақты өңдемей себу',
      ru: 'Ресурсосберегающее земледелие и нулевая обработка почвы',
      en: 'Conservation agriculture and no-till',
    },
    fields: ['4.1', '1.5'],
    sectors: ['A'],
    synonyms: {
      kk: ['no-till', 'нөлдік технология', 'ауыспалы егіс', 'топырақ эрозиясы'],
      ru: ['no-till', 'нулевая технология', 'севооборот', 'эрозия почв'],
      en: ['no-till', 'zero tillage', 'crop rotation', 'soil erosion control'],
    },
  },
  {
    code: 'plant-breeding',
    labels: { kk: 'Өсімдіктер селекциясы', ru: 'Селекция растений', en: 'Plant breeding' },
    fields: ['4.1', '4.4', '1.6'],
    sectors: ['A'],
    synonyms: {
      kk: ['селекция', 'сұрып шығару', 'маркерлік селекция'],
      ru: ['селекция', 'выведение сортов', 'маркер-ориентированная селекция', 'маркерная селекция'],
      en: ['crop breeding', 'variety development', 'marker-assisted selection', 'MAS'],
    },
  },
  {
    code: 'drought-tolerant-varieties',
    labels: { kk: 'Құрғақшылыққа және тұзға төзімді сұрыптар', ru: 'Засухоустойчивые и солеустойчивые сорта', en: 'Drought- and salt-tolerant crop varieties' },
    fields: ['4.1', '4.4', '1.6'],
    sectors: ['A'],
    synonyms: {
      kk: ['құрғақшылыққа төзімділік', 'тұзға төзімділік', 'абиотикалық стресс'],
      ru: ['засухоустойчивость', 'солеустойчивость', 'абиотический стресс'],
      en: ['drought tolerance', 'salinity tolerance', 'abiotic stress', 'climate-resilient crops'],
    },
  },
  {
    code: 'seed-production',
    labels: { kk: 'Тұқым шаруашылығы және тұқым сапасын бақылау', ru: 'Семеноводство и контроль качества семян', en: 'Seed production and seed testing' },
    fields: ['4.1', '4.5'],
    sectors: ['A'],
    synonyms: {
      kk: ['тұқым өндірісі', 'элиталық тұқым', 'тұқымды сертификаттау'],
      ru: ['семеноводство', 'семенной контроль', 'элитные семена', 'сертификация семян'],
      en: ['seed testing', 'seed certification', 'seed quality', 'elite seed'],
    },
  },
  {
    code: 'integrated-pest-management',
    labels: {
      kk: 'Өсімдіктерді қорғау және зиянкестерге қарсы кешенді күрес',
      ru: 'Защита растений и интегрированная борьба с вредителями',
      en: 'Crop protection and integrated pest management',
    },
    fields: ['4.1', '1.6'],
    sectors: ['A'],
    synonyms: {
      kk: ['өсімдік қорғау', 'зиянкестермен күрес', 'фитопатология'],
      ru: ['защита растений', 'ИЗР', 'борьба с вредителями', 'фитопатология'],
      en: ['IPM', 'crop protection', 'pest control', 'plant disease diagnostics'],
    },
  },
  {
    code: 'phytosanitary-quarantine',
    labels: {
      kk: 'Фитосанитариялық сараптама және өсімдіктер карантині',
      ru: 'Фитосанитарная экспертиза и карантин растений',
      en: 'Phytosanitary testing and plant quarantine',
    },
    fields: ['4.1', '1.6'],
    sectors: ['A', 'G'],
    synonyms: {
      kk: ['өсімдіктер карантині', 'фитосанитариялық бақылау', 'карантиндік объектілер'],
      ru: ['карантин растений', 'фитосанитарный контроль', 'карантинные объекты'],
      en: ['plant quarantine', 'phytosanitary certificate', 'pest risk analysis'],
    },
  },
  {
    code: 'agrometeorology',
    labels: {
      kk: 'Агрометеорология және өнімділікті болжау',
      ru: 'Агрометеорология и прогнозирование урожайности',
      en: 'Agrometeorology and crop yield forecasting',
    },
    fields: ['4.1', '1.5'],
    sectors: ['A'],
    synonyms: {
      kk: ['өнім болжамы', 'метеостанциялар', 'агроклимат'],
      ru: ['прогноз урожая', 'метеостанции', 'агроклимат', 'моделирование урожайности'],
      en: ['crop yield forecasting', 'weather stations', 'crop modelling', 'agroclimate'],
    },
  },
  {
    code: 'agro-drones',
    labels: { kk: 'Агродрондар', ru: 'Агродроны', en: 'Agricultural drones' },
    fields: ['4.1', '2.2'],
    sectors: ['A'],
    synonyms: {
      kk: ['ауыл шаруашылығы дрондары', 'дронмен бүрку', 'егістік мониторингі'],
      ru: ['сельскохозяйственные дроны', 'БПЛА в сельском хозяйстве', 'опрыскивание дронами'],
      en: ['agro-drones', 'crop spraying drones', 'UAV crop monitoring', 'drone scouting'],
    },
  },
  {
    code: 'agricultural-machinery',
    labels: {
      kk: 'Ауыл шаруашылығы техникасын әзірлеу және сынау',
      ru: 'Разработка и испытания сельскохозяйственной техники',
      en: 'Agricultural machinery design and testing',
    },
    fields: ['2.3', '4.1'],
    sectors: ['A', 'C'],
    synonyms: {
      kk: ['ауыл шаруашылығы машиналары', 'агроинженерия', 'механикаландыру', 'тракторлар'],
      ru: ['сельхозтехника', 'агроинженерия', 'механизация сельского хозяйства', 'тракторы'],
      en: ['farm machinery', 'agricultural engineering', 'tractors', 'harvesting equipment'],
    },
  },
  {
    code: 'greenhouse-technology',
    labels: { kk: 'Жылыжай технологиялары', ru: 'Тепличные технологии', en: 'Greenhouse technology and controlled-environment agriculture' },
    fields: ['4.1', '2.11'],
    sectors: ['A'],
    synonyms: {
      kk: ['жылыжайлар', 'гидропоника', 'вертикалды фермалар', 'жабық топырақ'],
      ru: ['теплицы', 'гидропоника', 'вертикальные фермы', 'защищенный грунт'],
      en: ['greenhouses', 'hydroponics', 'vertical farming', 'CEA'],
    },
  },
  {
    code: 'horticulture',
    labels: { kk: 'Бағбандық және көкөніс шаруашылығы', ru: 'Плодоводство и овощеводство', en: 'Horticulture and fruit growing' },
    fields: ['4.1'],
    sectors: ['A'],
    synonyms: {
      kk: ['жеміс өсіру', 'бау-бақша', 'көшеттер', 'интенсивті бақтар'],
      ru: ['садоводство', 'интенсивные сады', 'питомники', 'овощи'],
      en: ['orchards', 'fruit growing', 'vegetable growing', 'plant nurseries'],
    },
  },
  {
    code: 'forestry',
    labels: { kk: 'Орман шаруашылығы және орман мониторингі', ru: 'Лесное хозяйство и лесной мониторинг', en: 'Forestry and forest monitoring' },
    fields: ['4.1', '1.5'],
    sectors: ['A'],
    synonyms: {
      kk: ['орман орналастыру', 'орманды қалпына келтіру', 'орман өрттері', 'сексеуіл екпелері'],
      ru: ['лесоустройство', 'лесовосстановление', 'лесные пожары', 'лесонасаждения'],
      en: ['forest inventory', 'afforestation', 'forest fire monitoring', 'reforestation'],
    },
  },
  {
    code: 'livestock-breeding',
    labels: {
      kk: 'Ауыл шаруашылығы жануарларының селекциясы және генетикасы',
      ru: 'Селекция и генетика сельскохозяйственных животных',
      en: 'Livestock breeding and genetics',
    },
    fields: ['4.2', '4.4'],
    sectors: ['A'],
    synonyms: {
      kk: ['мал селекциясы', 'асыл тұқымды мал шаруашылығы', 'геномдық селекция', 'жасанды ұрықтандыру'],
      ru: ['племенное животноводство', 'племенная работа', 'геномная селекция', 'искусственное осеменение'],
      en: ['animal breeding', 'genomic selection', 'livestock genetics', 'artificial insemination'],
    },
  },
  {
    code: 'animal-reproduction',
    labels: { kk: 'Жануарлардың көбею биотехнологиясы', ru: 'Биотехнология размножения животных', en: 'Animal reproduction biotechnology' },
    fields: ['4.2', '4.4'],
    sectors: ['A'],
    synonyms: {
      kk: ['эмбриондарды трансплантациялау', 'ұрықты криоконсервациялау', 'ЭКҰ'],
      ru: ['трансплантация эмбрионов', 'криоконсервация семени', 'ЭКО животных'],
      en: ['embryo transfer', 'semen cryopreservation', 'IVF in cattle', 'ovum pick-up'],
    },
  },
  {
    code: 'precision-livestock-farming',
    labels: { kk: 'Дәл мал шаруашылығы', ru: 'Точное животноводство', en: 'Precision livestock farming' },
    fields: ['4.2', '1.2'],
    sectors: ['A'],
    synonyms: {
      kk: ['цифрлық мал шаруашылығы', 'малды чиптеу', 'мал мониторингі'],
      ru: ['цифровое животноводство', 'мониторинг скота', 'чипирование', 'электронная идентификация'],
      en: ['livestock monitoring', 'smart farm', 'animal tracking', 'RFID tagging'],
    },
  },
  {
    code: 'veterinary-diagnostics',
    labels: { kk: 'Ветеринариялық диагностика', ru: 'Ветеринарная диагностика', en: 'Veterinary diagnostics' },
    fields: ['4.3'],
    sectors: ['A', 'M'],
    synonyms: {
      kk: ['мал ауруларын диагностикалау', 'ветзертхана', 'бруцеллез'],
      ru: ['диагностика болезней животных', 'ветлаборатория', 'бруцеллез', 'ветеринарные анализы'],
      en: ['animal disease testing', 'veterinary laboratory', 'brucellosis testing', 'animal health diagnostics'],
    },
  },
  {
    code: 'feed-formulation',
    labels: { kk: 'Азықтандыру және жем рецептурасы', ru: 'Кормление и рецептура кормов', en: 'Animal feed formulation and nutrition' },
    fields: ['4.2'],
    sectors: ['A', 'C'],
    synonyms: {
      kk: ['мал азығы', 'құрама жем', 'премикстер', 'азық рационы'],
      ru: ['кормовые рационы', 'комбикорма', 'премиксы', 'кормопроизводство'],
      en: ['feed ration', 'animal nutrition', 'compound feed', 'premixes'],
    },
  },
  {
    code: 'pasture-management',
    labels: { kk: 'Жайылымдарды басқару', ru: 'Управление пастбищами', en: 'Pasture and rangeland management' },
    fields: ['4.1', '4.2'],
    sectors: ['A'],
    synonyms: {
      kk: ['жайылым', 'жайылымның тозуы', 'жайылым айналымы', 'жемшөп дақылдары'],
      ru: ['пастбища', 'деградация пастбищ', 'пастбищеоборот', 'кормовые культуры'],
      en: ['rangeland', 'grazing management', 'pasture degradation', 'forage crops'],
    },
  },
  {
    code: 'aquaculture',
    labels: { kk: 'Аквакультура және балық өсіру', ru: 'Аквакультура и рыбоводство', en: 'Aquaculture and fish farming' },
    fields: ['4.1', '4.2'],
    sectors: ['A'],
    synonyms: {
      kk: ['балық шаруашылығы', 'тұйық сумен жабдықтау қондырғылары', 'УЗВ'],
      ru: ['рыбоводство', 'УЗВ', 'установки замкнутого водоснабжения', 'рыбные хозяйства'],
      en: ['fish farming', 'RAS', 'recirculating aquaculture', 'hatchery'],
    },
  },
  {
    code: 'food-safety-testing',
    labels: { kk: 'Тағам өнімдерінің қауіпсіздігін сынау', ru: 'Испытания безопасности пищевой продукции', en: 'Food safety testing' },
    fields: ['2.9', '3.3', '4.1'],
    sectors: ['C', 'A', 'Q'],
    synonyms: {
      kk: ['HACCP', 'тағам қауіпсіздігі', 'микотоксиндер'],
      ru: ['ХАССП', 'HACCP', 'пищевая безопасность', 'микотоксины'],
      en: ['food testing', 'HACCP', 'contaminant testing', 'mycotoxins'],
    },
  },
  {
    code: 'food-processing-technology',
    labels: { kk: 'Тағам өнімдерін қайта өңдеу технологиясы', ru: 'Технология переработки пищевой продукции', en: 'Food processing technology' },
    fields: ['2.9', '4.1'],
    sectors: ['C', 'A'],
    synonyms: {
      kk: ['тағам технологиясы', 'ауыл шаруашылығы өнімдерін өңдеу', 'рецептура әзірлеу'],
      ru: ['пищевые технологии', 'переработка сельхозпродукции', 'разработка рецептур', 'срок годности'],
      en: ['food technology', 'food engineering', 'new product development', 'shelf life'],
    },
  },
  {
    code: 'dairy-meat-technology',
    labels: { kk: 'Сүт және ет өнімдерінің технологиясы', ru: 'Технология молочных и мясных продуктов', en: 'Dairy and meat processing technology' },
    fields: ['4.2', '2.9'],
    sectors: ['C', 'A'],
    synonyms: {
      kk: ['сүт өңдеу', 'ет өңдеу', 'қымыз', 'шұбат'],
      ru: ['переработка молока', 'переработка мяса', 'кисломолочные продукты', 'сыроделие'],
      en: ['dairy processing', 'meat processing', 'cheese making', 'fermented milk'],
    },
  },
  {
    code: 'grain-storage',
    labels: {
      kk: 'Астықты сақтау және жинаудан кейінгі өңдеу',
      ru: 'Хранение зерна и послеуборочная обработка',
      en: 'Grain storage and post-harvest handling',
    },
    fields: ['4.1', '2.11'],
    sectors: ['A', 'H', 'C'],
    synonyms: {
      kk: ['элеваторлар', 'астық кептіру', 'астық сапасы'],
      ru: ['элеваторы', 'сушка зерна', 'качество зерна', 'послеуборочные потери'],
      en: ['grain drying', 'grain elevators', 'grain quality', 'post-harvest losses'],
    },
  },

  // ── Biotechnology ─────────────────────────────────────────────────────────────────────────────
  {
    code: 'crispr-genome-editing',
    labels: { kk: 'CRISPR геномды редакциялау', ru: 'Редактирование генома CRISPR', en: 'CRISPR genome editing' },
    fields: ['1.6', '4.4'],
    sectors: ['A', 'Q'],
    synonyms: {
      kk: ['CRISPR', 'генді редакциялау', 'CRISPR/Cas9'],
      ru: ['CRISPR', 'CRISPR/Cas9', 'генное редактирование', 'геномное редактирование'],
      en: ['CRISPR', 'gene editing', 'Cas9', 'genome engineering'],
    },
  },
  {
    code: 'pcr-diagnostics',
    labels: { kk: 'ПТР-диагностика', ru: 'ПЦР-диагностика', en: 'PCR diagnostics' },
    fields: ['3.4', '1.6', '4.3'],
    sectors: ['Q', 'A', 'M'],
    synonyms: {
      kk: ['ПТР', 'ПЦР', 'нақты уақыттағы ПТР'],
      ru: ['ПЦР', 'ПЦР в реальном времени', 'ОТ-ПЦР', 'qPCR'],
      en: ['PCR', 'qPCR', 'real-time PCR', 'RT-PCR'],
    },
  },
  {
    code: 'next-generation-sequencing',
    labels: { kk: 'Жаңа буын секвенирлеуі', ru: 'Секвенирование нового поколения', en: 'Next-generation sequencing' },
    fields: ['1.6', '3.4'],
    sectors: ['Q', 'A', 'M'],
    synonyms: {
      kk: ['NGS', 'толық геномды секвенирлеу', 'ДНҚ секвенирлеу'],
      ru: ['NGS', 'секвенирование', 'полногеномное секвенирование', 'секвенирование ДНК'],
      en: ['NGS', 'DNA sequencing', 'whole genome sequencing', 'WGS'],
    },
  },
  {
    code: 'bioinformatics',
    labels: { kk: 'Биоинформатика', ru: 'Биоинформатика', en: 'Bioinformatics' },
    fields: ['1.6', '1.2'],
    sectors: ['Q', 'A', 'M'],
    synonyms: {
      kk: ['есептеу биологиясы', 'геномдық деректерді талдау'],
      ru: ['вычислительная биология', 'анализ геномных данных', 'сборка генома'],
      en: ['computational biology', 'genome assembly', 'genomic data analysis', 'phylogenetics'],
    },
  },
  {
    code: 'dna-genotyping',
    labels: { kk: 'ДНҚ талдауы және генотиптеу', ru: 'ДНК-анализ и генотипирование', en: 'DNA testing and genotyping' },
    fields: ['1.6', '4.4'],
    sectors: ['A', 'Q', 'M'],
    synonyms: {
      kk: ['генотиптеу', 'ДНҚ-паспорттау', 'молекулалық-генетикалық талдау'],
      ru: ['генотипирование', 'SNP-генотипирование', 'ДНК-паспортизация', 'молекулярно-генетический анализ'],
      en: ['genotyping', 'SNP genotyping', 'DNA fingerprinting', 'DNA identification'],
    },
  },
  {
    code: 'cell-culture',
    labels: { kk: 'Жасушаларды өсіру', ru: 'Культивирование клеток', en: 'Cell culture' },
    fields: ['1.6', '3.4'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['жасуша дақылдары', 'жасуша желілері', 'бағаналы жасушалар'],
      ru: ['клеточные культуры', 'клеточные линии', 'стволовые клетки', 'культура тканей'],
      en: ['tissue culture', 'cell lines', 'stem cells', '3D cell culture'],
    },
  },
  {
    code: 'plant-tissue-culture',
    labels: {
      kk: 'Өсімдік ұлпаларының дақылы және микроклонды көбейту',
      ru: 'Культура тканей растений и микроклональное размножение',
      en: 'Plant tissue culture and micropropagation',
    },
    fields: ['4.4', '1.6'],
    sectors: ['A'],
    synonyms: {
      kk: ['микроклонды көбейту', 'in vitro', 'вируссыз көшеттер'],
      ru: ['микроклональное размножение', 'in vitro', 'безвирусный посадочный материал'],
      en: ['micropropagation', 'in vitro propagation', 'virus-free planting material'],
    },
  },
  {
    code: 'fermentation-bioprocess',
    labels: {
      kk: 'Ферментация және биотехнологиялық процестер',
      ru: 'Ферментация и биотехнологические процессы',
      en: 'Fermentation and bioprocess engineering',
    },
    fields: ['2.9'],
    sectors: ['C', 'A', 'Q'],
    synonyms: {
      kk: ['биореактор', 'ашыту', 'ферментер'],
      ru: ['биореактор', 'ферментер', 'масштабирование биопроцессов', 'биосинтез'],
      en: ['bioprocessing', 'bioreactor', 'fermentation scale-up', 'upstream processing'],
    },
  },
  {
    code: 'microbial-strain-development',
    labels: {
      kk: 'Микроорганизмдер селекциясы және штамдар коллекциясы',
      ru: 'Селекция микроорганизмов и коллекции штаммов',
      en: 'Microbial strain development and culture collections',
    },
    fields: ['2.9', '1.6'],
    sectors: ['C', 'A'],
    synonyms: {
      kk: ['продуцент штамдар', 'микроорганизмдер коллекциясы', 'өнеркәсіптік штамдар'],
      ru: ['штаммы-продуценты', 'коллекция микроорганизмов', 'промышленные штаммы'],
      en: ['strain improvement', 'culture collection', 'industrial strains', 'microbial strains'],
    },
  },
  {
    code: 'enzyme-engineering',
    labels: { kk: 'Ферменттер инженериясы және өндірісі', ru: 'Инженерия и производство ферментов', en: 'Enzyme engineering and production' },
    fields: ['2.9', '1.6'],
    sectors: ['C', 'A'],
    synonyms: {
      kk: ['ферменттер', 'биокатализ', 'ақуыз инженериясы'],
      ru: ['ферменты', 'энзимы', 'биокатализ', 'белковая инженерия'],
      en: ['enzymes', 'biocatalysis', 'protein engineering', 'directed evolution'],
    },
  },
  {
    code: 'recombinant-proteins',
    labels: { kk: 'Рекомбинантты ақуыздар алу', ru: 'Получение рекомбинантных белков', en: 'Recombinant protein production' },
    fields: ['1.6', '2.9', '3.4'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['рекомбинантты ақуыздар', 'ақуыз экспрессиясы', 'гендік инженерия'],
      ru: ['рекомбинантные белки', 'экспрессия белков', 'очистка белков', 'генная инженерия'],
      en: ['protein expression', 'recombinant proteins', 'protein purification', 'genetic engineering'],
    },
  },
  {
    code: 'vaccine-development',
    labels: { kk: 'Вакциналар әзірлеу', ru: 'Разработка вакцин', en: 'Vaccine development' },
    fields: ['3.4', '4.3', '3.1'],
    sectors: ['Q', 'A', 'C'],
    synonyms: {
      kk: ['вакциналар', 'вакцинация', 'ветеринариялық вакциналар'],
      ru: ['вакцины', 'вакцинация', 'адъюванты', 'ветеринарные вакцины'],
      en: ['vaccines', 'immunisation', 'adjuvants', 'veterinary vaccines'],
    },
  },
  {
    code: 'monoclonal-antibodies',
    labels: { kk: 'Моноклоналды антиденелер', ru: 'Моноклональные антитела', en: 'Monoclonal antibodies' },
    fields: ['3.4', '1.6'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['антиденелер', 'гибридомалар', 'МКА'],
      ru: ['МКА', 'антитела', 'гибридомы', 'терапевтические антитела'],
      en: ['mAbs', 'antibody development', 'hybridoma', 'therapeutic antibodies'],
    },
  },
  {
    code: 'immunoassays',
    labels: { kk: 'Иммуноферменттік талдау (ИФТ)', ru: 'Иммуноферментный анализ (ИФА)', en: 'Immunoassays (ELISA)' },
    fields: ['3.4', '1.6'],
    sectors: ['Q', 'A'],
    synonyms: {
      kk: ['ИФТ', 'ИФА', 'экспресс-тесттер'],
      ru: ['ИФА', 'экспресс-тесты', 'иммунохроматография', 'иммуноанализ'],
      en: ['ELISA', 'immunoassay', 'lateral flow tests', 'rapid tests'],
    },
  },
  {
    code: 'flow-cytometry',
    labels: { kk: 'Ағынды цитометрия', ru: 'Проточная цитометрия', en: 'Flow cytometry' },
    fields: ['3.1', '1.6'],
    sectors: ['Q'],
    synonyms: {
      kk: ['FACS', 'жасушаларды сұрыптау', 'иммунофенотиптеу'],
      ru: ['FACS', 'сортировка клеток', 'иммунофенотипирование'],
      en: ['FACS', 'cell sorting', 'immunophenotyping'],
    },
  },
  {
    code: 'microbiological-testing',
    labels: { kk: 'Микробиологиялық зерттеулер', ru: 'Микробиологические исследования', en: 'Microbiological testing' },
    fields: ['1.6', '3.3'],
    sectors: ['Q', 'C', 'A', 'E'],
    synonyms: {
      kk: ['микробиология', 'бактериологиялық талдау', 'патогендерді анықтау'],
      ru: ['микробиология', 'бактериологический анализ', 'бакпосев', 'контроль стерильности'],
      en: ['microbiology', 'microbial testing', 'pathogen detection', 'sterility testing'],
    },
  },
  {
    code: 'biosafety-bsl3',
    labels: {
      kk: 'Биоқауіпсіздігі жоғары деңгейлі зертхана (BSL-3)',
      ru: 'Лаборатория высокого уровня биобезопасности (BSL-3)',
      en: 'High-containment (BSL-3) laboratory',
    },
    fields: ['3.4', '4.3'],
    sectors: ['Q', 'A'],
    synonyms: {
      kk: ['BSL-3', 'биоқауіпсіздік', 'аса қауіпті инфекциялар'],
      ru: ['BSL-3', 'биобезопасность', 'особо опасные инфекции', 'ООИ'],
      en: ['BSL-3', 'biosafety', 'biocontainment', 'dangerous pathogens'],
    },
  },
  {
    code: 'probiotics-starter-cultures',
    labels: { kk: 'Пробиотиктер және ұйытқы дақылдар', ru: 'Пробиотики и заквасочные культуры', en: 'Probiotics and starter cultures' },
    fields: ['2.9', '4.2', '3.4'],
    sectors: ['C', 'A', 'Q'],
    synonyms: {
      kk: ['пробиотикалық штамдар', 'ұйытқы', 'сүт қышқылы бактериялары', 'микробиом'],
      ru: ['пробиотические штаммы', 'закваски', 'молочнокислые бактерии', 'микробиом'],
      en: ['probiotic strains', 'starter cultures', 'lactic acid bacteria', 'microbiome'],
    },
  },
  {
    code: 'biopolymers',
    labels: { kk: 'Биополимерлер және биоыдырайтын пластиктер', ru: 'Биополимеры и биоразлагаемые пластики', en: 'Biopolymers and biodegradable plastics' },
    fields: ['2.9', '2.5'],
    sectors: ['C'],
    synonyms: {
      kk: ['биопластиктер', 'PLA', 'биоыдырайтын орам'],
      ru: ['биопластики', 'PLA', 'полилактид', 'биоразлагаемая упаковка'],
      en: ['bioplastics', 'PLA', 'PHA', 'biodegradable packaging'],
    },
  },
  {
    code: 'biofertilisers-biopesticides',
    labels: { kk: 'Биотыңайтқыштар және биопестицидтер', ru: 'Биоудобрения и биопестициды', en: 'Biofertilisers and biopesticides' },
    fields: ['4.4', '2.9'],
    sectors: ['A'],
    synonyms: {
      kk: ['биопрепараттар', 'биологиялық қорғау', 'микробтық инокулянттар'],
      ru: ['биопрепараты', 'биологические средства защиты', 'микробные инокулянты', 'биологизация земледелия'],
      en: ['biofertilizers', 'biopesticides', 'biological control', 'microbial inoculants'],
    },
  },
  {
    code: 'bioremediation',
    labels: { kk: 'Биоремедиация', ru: 'Биоремедиация', en: 'Bioremediation' },
    fields: ['2.8'],
    sectors: ['E', 'B', 'A'],
    synonyms: {
      kk: ['фиторемедиация', 'мұнаймен ластанған топырақты тазарту', 'биодеструкция'],
      ru: ['фиторемедиация', 'биодеструкция', 'очистка нефтезагрязненных почв', 'биологическая очистка'],
      en: ['phytoremediation', 'biodegradation', 'oil spill cleanup', 'soil bioremediation'],
    },
  },
  {
    code: 'pharmaceutical-formulation',
    labels: { kk: 'Дәрілік түрлерді әзірлеу', ru: 'Разработка лекарственных форм', en: 'Pharmaceutical formulation and drug development' },
    fields: ['3.1', '1.4', '3.4'],
    sectors: ['C', 'Q'],
    synonyms: {
      kk: ['фармацевтикалық әзірлеме', 'дженериктер', 'дәрілік препараттар'],
      ru: ['фармацевтическая разработка', 'дженерики', 'лекарственные препараты', 'технология лекарств'],
      en: ['drug formulation', 'dosage forms', 'generics', 'pharmaceutical development'],
    },
  },
  {
    code: 'preclinical-studies',
    labels: { kk: 'Клиникаға дейінгі зерттеулер және токсикология', ru: 'Доклинические исследования и токсикология', en: 'Preclinical studies and toxicology' },
    fields: ['3.1', '3.4'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['токсикология', 'GLP', 'зертханалық жануарлар'],
      ru: ['доклиника', 'токсикологические исследования', 'GLP', 'лабораторные животные'],
      en: ['preclinical testing', 'toxicology', 'GLP', 'animal models'],
    },
  },
  {
    code: 'clinical-trials-support',
    labels: { kk: 'Клиникалық зерттеулерді сүйемелдеу', ru: 'Сопровождение клинических исследований', en: 'Clinical trials support' },
    fields: ['3.2', '3.3'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['клиникалық сынақтар', 'GCP', 'биоэквиваленттілік'],
      ru: ['клинические испытания', 'КИ', 'GCP', 'биоэквивалентность'],
      en: ['clinical research', 'CRO', 'GCP', 'bioequivalence studies'],
    },
  },
  {
    code: 'proteomics',
    labels: { kk: 'Протеомика', ru: 'Протеомика', en: 'Proteomics' },
    fields: ['1.6', '3.1'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['протеомдық талдау', 'ақуыздарды сәйкестендіру'],
      ru: ['протеомный анализ', 'идентификация белков', 'белковый профиль'],
      en: ['protein identification', 'protein profiling', 'protein mass spectrometry'],
    },
  },
  {
    code: 'metabolomics',
    labels: { kk: 'Метаболомика', ru: 'Метаболомика', en: 'Metabolomics' },
    fields: ['1.6', '1.4'],
    sectors: ['Q', 'A', 'C'],
    synonyms: {
      kk: ['метаболомдық талдау', 'метаболиттік профиль', 'липидомика'],
      ru: ['метаболомный анализ', 'метаболический профиль', 'липидомика'],
      en: ['metabolite profiling', 'metabolic profiling', 'lipidomics'],
    },
  },
  {
    code: 'natural-products-phytochemistry',
    labels: { kk: 'Табиғи қосылыстар және фитохимия', ru: 'Природные соединения и фитохимия', en: 'Natural products and phytochemistry' },
    fields: ['1.4', '3.4'],
    sectors: ['C', 'Q', 'A'],
    synonyms: {
      kk: ['өсімдік сығындылары', 'фитопрепараттар', 'биологиялық белсенді заттар'],
      ru: ['растительные экстракты', 'фитопрепараты', 'биологически активные вещества', 'БАВ'],
      en: ['plant extracts', 'herbal medicines', 'bioactive compounds', 'phytopharmaceuticals'],
    },
  },

  // ── Green energy and power ────────────────────────────────────────────────────────────────────
  {
    code: 'hydrogen-electrolysis',
    labels: { kk: 'Электролиз арқылы сутегі өндіру', ru: 'Получение водорода электролизом', en: 'Hydrogen production by electrolysis' },
    fields: ['2.4', '1.4', '2.2'],
    sectors: ['D', 'C'],
    synonyms: {
      kk: ['жасыл сутегі', 'суды электролиздеу', 'электролизерлер', 'сутегі энергетикасы'],
      ru: ['зеленый водород', 'электролиз воды', 'электролизеры', 'водородная энергетика'],
      en: ['green hydrogen', 'water electrolysis', 'electrolysers', 'PEM electrolysis'],
    },
  },
  {
    code: 'hydrogen-storage',
    labels: { kk: 'Сутегіні сақтау және тасымалдау', ru: 'Хранение и транспортировка водорода', en: 'Hydrogen storage and transport' },
    fields: ['2.5', '2.4'],
    sectors: ['D', 'H'],
    synonyms: {
      kk: ['металл гидридтері', 'сутегі баллондары', 'сутегі тасымалдағыштары'],
      ru: ['гидриды металлов', 'водородные баллоны', 'носители водорода'],
      en: ['metal hydrides', 'hydrogen tanks', 'hydrogen carriers'],
    },
  },
  {
    code: 'fuel-cells',
    labels: { kk: 'Отын элементтері', ru: 'Топливные элементы', en: 'Fuel cells' },
    fields: ['2.2', '1.4'],
    sectors: ['D', 'H'],
    synonyms: {
      kk: ['сутегі отын элементтері', 'PEMFC', 'SOFC'],
      ru: ['водородные топливные элементы', 'ТОТЭ', 'PEMFC'],
      en: ['hydrogen fuel cells', 'PEMFC', 'SOFC'],
    },
  },
  {
    code: 'solar-photovoltaics',
    labels: { kk: 'Күн фотоэнергетикасы', ru: 'Солнечная фотоэнергетика', en: 'Solar photovoltaics' },
    fields: ['2.2', '1.3'],
    sectors: ['D'],
    synonyms: {
      kk: ['күн панельдері', 'күн электр станциялары', 'фотоэлектрлік модульдер', 'күн батареялары'],
      ru: ['солнечные панели', 'СЭС', 'фотоэлектрические модули', 'солнечные батареи'],
      en: ['solar PV', 'PV modules', 'solar cells', 'perovskite solar cells'],
    },
  },
  {
    code: 'solar-thermal',
    labels: { kk: 'Күн жылу жүйелері', ru: 'Солнечные тепловые системы', en: 'Solar thermal systems' },
    fields: ['2.3', '2.7'],
    sectors: ['D', 'F'],
    synonyms: {
      kk: ['күн коллекторлары', 'гелиожүйелер', 'күн су жылытқыштары'],
      ru: ['солнечные коллекторы', 'гелиосистемы', 'солнечные водонагреватели'],
      en: ['solar collectors', 'solar water heating', 'concentrated solar power', 'CSP'],
    },
  },
  {
    code: 'wind-energy',
    labels: { kk: 'Жел энергетикасы', ru: 'Ветроэнергетика', en: 'Wind energy' },
    fields: ['2.3', '2.2'],
    sectors: ['D'],
    synonyms: {
      kk: ['жел электр станциялары', 'жел генераторлары', 'жел қондырғылары', 'жел әлеуеті'],
      ru: ['ВЭС', 'ветрогенераторы', 'ветроустановки', 'ветровой потенциал'],
      en: ['wind turbines', 'wind farms', 'wind power', 'wind resource assessment'],
    },
  },
  {
    code: 'small-hydropower',
    labels: { kk: 'Шағын гидроэнергетика', ru: 'Малая гидроэнергетика', en: 'Small hydropower' },
    fields: ['2.1', '2.3'],
    sectors: ['D'],
    synonyms: {
      kk: ['шағын ГЭС', 'шағын су электр станциялары', 'микроГЭС'],
      ru: ['малые ГЭС', 'МГЭС', 'микроГЭС'],
      en: ['small hydro', 'micro-hydro', 'run-of-river'],
    },
  },
  {
    code: 'geothermal-energy',
    labels: { kk: 'Геотермалдық энергетика', ru: 'Геотермальная энергетика', en: 'Geothermal energy' },
    fields: ['1.5', '2.3'],
    sectors: ['D'],
    synonyms: {
      kk: ['геотермалдық көздер', 'термалды сулар', 'геотермия'],
      ru: ['геотермальные источники', 'термальные воды', 'геотермия'],
      en: ['geothermal', 'geothermal wells', 'ground heat'],
    },
  },
  {
    code: 'hybrid-renewable-systems',
    labels: {
      kk: 'ЖЭК негізіндегі автономды және гибридті энергожүйелер',
      ru: 'Автономные и гибридные энергосистемы на ВИЭ',
      en: 'Off-grid and hybrid renewable power systems',
    },
    fields: ['2.2', '2.7'],
    sectors: ['D', 'A'],
    synonyms: {
      kk: ['ЖЭК', 'жаңартылатын энергия көздері', 'автономды электрмен жабдықтау'],
      ru: ['ВИЭ', 'возобновляемые источники энергии', 'автономное электроснабжение', 'гибридные электростанции'],
      en: ['renewables', 'renewable energy', 'off-grid power', 'hybrid power plants'],
    },
  },
  {
    code: 'energy-storage-systems',
    labels: { kk: 'Энергия жинақтау жүйелері', ru: 'Системы накопления энергии', en: 'Energy storage systems' },
    fields: ['2.2', '1.4'],
    sectors: ['D'],
    synonyms: {
      kk: ['энергия жинақтағыштар', 'аккумуляторлық жүйелер', 'суперконденсаторлар'],
      ru: ['СНЭ', 'накопители энергии', 'аккумуляторные системы', 'суперконденсаторы'],
      en: ['BESS', 'battery storage', 'grid-scale storage', 'supercapacitors'],
    },
  },
  {
    code: 'lithium-ion-batteries',
    labels: {
      kk: 'Литий-ионды аккумуляторларды әзірлеу және сынау',
      ru: 'Разработка и испытания литий-ионных аккумуляторов',
      en: 'Lithium-ion battery development and testing',
    },
    fields: ['2.5', '1.4', '2.2'],
    sectors: ['D', 'C'],
    synonyms: {
      kk: ['Li-ion', 'литий-ионды батареялар', 'аккумуляторларды сынау'],
      ru: ['Li-ion', 'литий-ионные батареи', 'испытания аккумуляторов', 'катодные материалы'],
      en: ['Li-ion', 'battery testing', 'battery cells', 'cathode materials'],
    },
  },
  {
    code: 'smart-grids',
    labels: { kk: 'Зияткерлік электр желілері', ru: 'Интеллектуальные электросети', en: 'Smart grids' },
    fields: ['2.2'],
    sectors: ['D'],
    synonyms: {
      kk: ['ақылды желілер', 'Smart Grid', 'микрожелілер'],
      ru: ['умные сети', 'Smart Grid', 'микросети', 'цифровые подстанции'],
      en: ['smart grid', 'microgrids', 'demand response', 'grid digitalisation'],
    },
  },
  {
    code: 'power-electronics',
    labels: { kk: 'Күштік электроника', ru: 'Силовая электроника', en: 'Power electronics' },
    fields: ['2.2'],
    sectors: ['D', 'C'],
    synonyms: {
      kk: ['инверторлар', 'түрлендіргіштер', 'жиілік түрлендіргіштері'],
      ru: ['инверторы', 'преобразователи', 'частотные преобразователи', 'силовые полупроводники'],
      en: ['inverters', 'converters', 'motor drives', 'SiC'],
    },
  },
  {
    code: 'power-systems-protection',
    labels: {
      kk: 'Энергожүйелерді модельдеу және релелік қорғаныс',
      ru: 'Моделирование энергосистем и релейная защита',
      en: 'Power system modelling and relay protection',
    },
    fields: ['2.2'],
    sectors: ['D'],
    synonyms: {
      kk: ['релелік қорғаныс', 'РЗА', 'электр энергиясының сапасы', 'энергожүйе орнықтылығы'],
      ru: ['РЗА', 'расчет режимов', 'устойчивость энергосистемы', 'качество электроэнергии'],
      en: ['power flow', 'relay protection', 'grid stability', 'power quality'],
    },
  },
  {
    code: 'energy-efficiency-audit',
    labels: { kk: 'Энергоаудит және энергия тиімділігі', ru: 'Энергоаудит и энергоэффективность', en: 'Energy audits and energy efficiency' },
    fields: ['2.11', '2.2'],
    sectors: ['D', 'C', 'F'],
    synonyms: {
      kk: ['энергетикалық тексеру', 'энергия үнемдеу', 'энергоменеджмент', 'ISO 50001'],
      ru: ['энергетическое обследование', 'энергосбережение', 'энергоменеджмент', 'ISO 50001'],
      en: ['energy audit', 'energy saving', 'energy management', 'ISO 50001'],
    },
  },
  {
    code: 'heat-pumps',
    labels: { kk: 'Жылу сорғылары', ru: 'Тепловые насосы', en: 'Heat pumps' },
    fields: ['2.3', '2.7'],
    sectors: ['D', 'F'],
    synonyms: {
      kk: ['жылу насостары', 'геотермалдық жылу сорғысы'],
      ru: ['теплонасосные установки', 'геотермальный тепловой насос', 'ТНУ'],
      en: ['ground source heat pump', 'air source heat pump', 'geothermal heat pump'],
    },
  },
  {
    code: 'district-heating-chp',
    labels: { kk: 'Жылумен жабдықтау және когенерация', ru: 'Теплоснабжение и когенерация', en: 'District heating and combined heat and power' },
    fields: ['2.3', '2.7'],
    sectors: ['D', 'F'],
    synonyms: {
      kk: ['жылу желілері', 'ЖЭО', 'когенерация'],
      ru: ['тепловые сети', 'ТЭЦ', 'когенерация', 'централизованное теплоснабжение'],
      en: ['CHP', 'cogeneration', 'heat networks', 'district heating'],
    },
  },
  {
    code: 'clean-coal-thermal-power',
    labels: {
      kk: 'Таза көмір технологиялары және жылу электр станцияларының тиімділігі',
      ru: 'Чистые угольные технологии и эффективность ТЭС',
      en: 'Clean coal and thermal power plant efficiency',
    },
    fields: ['2.3', '2.4'],
    sectors: ['D', 'B'],
    synonyms: {
      kk: ['көмір жағу', 'қазандық агрегаттары', 'көмірді газдандыру', 'ЖЭО'],
      ru: ['сжигание угля', 'котлоагрегаты', 'газификация угля', 'ТЭС'],
      en: ['coal combustion', 'boiler efficiency', 'coal gasification', 'fluidised bed combustion'],
    },
  },
  {
    code: 'biogas',
    labels: { kk: 'Биогаз және анаэробты ашыту', ru: 'Биогаз и анаэробное сбраживание', en: 'Biogas and anaerobic digestion' },
    fields: ['2.8', '2.7'],
    sectors: ['D', 'A', 'E'],
    synonyms: {
      kk: ['биогаз қондырғылары', 'биометан', 'метантенк'],
      ru: ['биогазовые установки', 'биометан', 'метантенк', 'дигестат'],
      en: ['biogas', 'anaerobic digestion', 'biomethane', 'biogas plants'],
    },
  },
  {
    code: 'biomass-biofuels',
    labels: { kk: 'Биомасса энергиясы және биоотын', ru: 'Энергия биомассы и биотопливо', en: 'Biomass energy and biofuels' },
    fields: ['2.8', '2.4'],
    sectors: ['D', 'A'],
    synonyms: {
      kk: ['биоотын', 'биоэтанол', 'биодизель', 'пеллеттер'],
      ru: ['биотопливо', 'биоэтанол', 'биодизель', 'пеллеты'],
      en: ['biofuels', 'bioethanol', 'biodiesel', 'pellets'],
    },
  },
  {
    code: 'carbon-capture',
    labels: {
      kk: 'Көміртекті ұстау, пайдалану және сақтау',
      ru: 'Улавливание, использование и хранение углерода',
      en: 'Carbon capture, utilisation and storage',
    },
    fields: ['2.4', '2.7', '1.5'],
    sectors: ['D', 'B', 'C'],
    synonyms: {
      kk: ['CCUS', 'CO2 ұстау', 'көміртекті секвестрлеу'],
      ru: ['CCUS', 'улавливание CO2', 'секвестрация углерода', 'захоронение CO2'],
      en: ['CCUS', 'CCS', 'CO2 capture', 'carbon sequestration'],
    },
  },
  {
    code: 'ghg-emissions-monitoring',
    labels: {
      kk: 'Парниктік газдар мен ластаушы заттар шығарындыларын мониторингтеу',
      ru: 'Мониторинг выбросов парниковых газов и загрязняющих веществ',
      en: 'Greenhouse gas and emissions monitoring',
    },
    fields: ['2.7', '1.5'],
    sectors: ['D', 'C', 'B'],
    synonyms: {
      kk: ['парниктік газдарды түгендеу', 'CO2 шығарындылары', 'декарбонизация'],
      ru: ['инвентаризация парниковых газов', 'выбросы CO2', 'мониторинг эмиссий', 'декарбонизация'],
      en: ['GHG inventory', 'MRV', 'stack emissions', 'CEMS'],
    },
  },
  {
    code: 'life-cycle-assessment',
    labels: { kk: 'Өмірлік циклді бағалау', ru: 'Оценка жизненного цикла', en: 'Life-cycle assessment' },
    fields: ['2.7'],
    sectors: ['C', 'D', 'M'],
    synonyms: {
      kk: ['LCA', 'көміртек ізі', 'ISO 14040'],
      ru: ['ОЖЦ', 'LCA', 'углеродный след', 'ISO 14040'],
      en: ['LCA', 'carbon footprint', 'ISO 14040', 'environmental footprint'],
    },
  },
  {
    code: 'energy-transition-planning',
    labels: {
      kk: 'Энергетикалық жүйелерді модельдеу және декарбонизацияны жоспарлау',
      ru: 'Моделирование энергетики и планирование декарбонизации',
      en: 'Energy system modelling and decarbonisation planning',
    },
    fields: ['2.7', '5.2'],
    sectors: ['D', 'O'],
    synonyms: {
      kk: ['энергетикалық ауысу', 'көміртек бейтараптығы', 'энергия балансы'],
      ru: ['энергетический переход', 'углеродная нейтральность', 'энергобаланс'],
      en: ['energy transition', 'net zero', 'energy planning', 'energy balance'],
    },
  },
  {
    code: 'electric-mobility',
    labels: {
      kk: 'Электр көлігі және зарядтау инфрақұрылымы',
      ru: 'Электротранспорт и зарядная инфраструктура',
      en: 'Electric vehicles and charging infrastructure',
    },
    fields: ['2.2', '2.3'],
    sectors: ['H', 'D', 'C'],
    synonyms: {
      kk: ['электромобильдер', 'зарядтау станциялары', 'электробустар'],
      ru: ['электромобили', 'зарядные станции', 'электробусы', 'электромобильность'],
      en: ['EV', 'EV charging', 'electric buses', 'e-mobility'],
    },
  },
  {
    code: 'nuclear-radiation-safety',
    labels: {
      kk: 'Ядролық энергетика және радиациялық қауіпсіздік',
      ru: 'Ядерная энергетика и радиационная безопасность',
      en: 'Nuclear energy and radiation safety',
    },
    fields: ['1.3', '2.11'],
    sectors: ['D', 'B'],
    synonyms: {
      kk: ['АЭС', 'атом энергетикасы', 'радиациялық бақылау', 'дозиметрия'],
      ru: ['АЭС', 'атомная энергетика', 'радиационный контроль', 'дозиметрия'],
      en: ['nuclear power', 'NPP', 'radiation monitoring', 'dosimetry'],
    },
  },

  // ── Mining and geology ────────────────────────────────────────────────────────────────────────
  {
    code: 'mineral-processing',
    labels: { kk: 'Пайдалы қазбаларды байыту', ru: 'Обогащение полезных ископаемых', en: 'Mineral processing' },
    fields: ['2.4', '1.5'],
    sectors: ['B', 'C'],
    synonyms: {
      kk: ['кенді байыту', 'ұсақтау', 'гравитациялық байыту'],
      ru: ['обогащение руд', 'рудоподготовка', 'измельчение', 'гравитационное обогащение'],
      en: ['ore beneficiation', 'comminution', 'grinding', 'gravity separation'],
    },
  },
  {
    code: 'flotation',
    labels: { kk: 'Флотация', ru: 'Флотация', en: 'Flotation' },
    fields: ['2.4'],
    sectors: ['B', 'C'],
    synonyms: {
      kk: ['флотациялық байыту', 'флотореагенттер'],
      ru: ['флотационное обогащение', 'флотореагенты', 'пенная флотация'],
      en: ['froth flotation', 'flotation reagents', 'flotation collectors'],
    },
  },
  {
    code: 'hydrometallurgy',
    labels: { kk: 'Гидрометаллургия', ru: 'Гидрометаллургия', en: 'Hydrometallurgy' },
    fields: ['2.4', '2.5'],
    sectors: ['B', 'C'],
    synonyms: {
      kk: ['шаймалау', 'үйінділік шаймалау', 'экстракция', 'сорбция'],
      ru: ['выщелачивание', 'кучное выщелачивание', 'экстракция', 'сорбция'],
      en: ['leaching', 'heap leaching', 'solvent extraction', 'SX-EW'],
    },
  },
  {
    code: 'pyrometallurgy',
    labels: { kk: 'Пирометаллургия', ru: 'Пирометаллургия', en: 'Pyrometallurgy' },
    fields: ['2.5', '2.4'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['балқыту', 'күйдіру', 'ферроқорытпалар', 'қождар'],
      ru: ['плавка', 'обжиг', 'ферросплавы', 'шлаки'],
      en: ['smelting', 'roasting', 'ferroalloys', 'slag'],
    },
  },
  {
    code: 'geophysical-exploration',
    labels: { kk: 'Геофизикалық барлау', ru: 'Геофизическая разведка', en: 'Geophysical exploration' },
    fields: ['1.5'],
    sectors: ['B'],
    synonyms: {
      kk: ['геофизика', 'сейсмобарлау', 'электрбарлау', 'магниттік барлау'],
      ru: ['геофизика', 'сейсморазведка', 'электроразведка', 'магниторазведка'],
      en: ['geophysics', 'seismic survey', 'magnetotellurics', 'gravity survey'],
    },
  },
  {
    code: 'geochemical-analysis',
    labels: { kk: 'Геохимиялық талдау', ru: 'Геохимический анализ', en: 'Geochemical analysis' },
    fields: ['1.5', '1.4'],
    sectors: ['B'],
    synonyms: {
      kk: ['геохимия', 'пробирлік талдау', 'кен сынамалары'],
      ru: ['геохимия', 'пробирный анализ', 'анализ руд', 'геохимические пробы'],
      en: ['geochemistry', 'assay', 'fire assay', 'ore assay'],
    },
  },
  {
    code: 'mineralogy-petrography',
    labels: { kk: 'Минералогиялық талдау', ru: 'Минералогический анализ', en: 'Mineralogical analysis' },
    fields: ['1.5'],
    sectors: ['B'],
    synonyms: {
      kk: ['минералогия', 'петрография', 'технологиялық минералогия'],
      ru: ['минералогия', 'петрография', 'технологическая минералогия', 'шлифы'],
      en: ['mineralogy', 'petrography', 'QEMSCAN', 'process mineralogy'],
    },
  },
  {
    code: 'geological-modelling',
    labels: {
      kk: 'Геологиялық модельдеу және қорларды есептеу',
      ru: 'Геологическое моделирование и подсчёт запасов',
      en: 'Geological modelling and resource estimation',
    },
    fields: ['1.5'],
    sectors: ['B'],
    synonyms: {
      kk: ['қорларды бағалау', 'JORC', 'KAZRC'],
      ru: ['подсчет запасов', 'JORC', 'KAZRC', 'блочная модель'],
      en: ['resource estimation', 'JORC', 'KAZRC', 'block model'],
    },
  },
  {
    code: 'mine-planning',
    labels: { kk: 'Тау-кен жұмыстарын жобалау', ru: 'Проектирование горных работ', en: 'Mine planning and design' },
    fields: ['2.11', '1.5'],
    sectors: ['B'],
    synonyms: {
      kk: ['карьерлерді жобалау', 'Micromine', 'Datamine'],
      ru: ['проектирование карьеров', 'планирование горных работ', 'Micromine', 'Datamine'],
      en: ['open-pit design', 'mine scheduling', 'Micromine', 'Datamine'],
    },
  },
  {
    code: 'rock-mechanics',
    labels: { kk: 'Геомеханика және геотехника', ru: 'Геомеханика и геотехника', en: 'Rock mechanics and geotechnics' },
    fields: ['2.1', '1.5'],
    sectors: ['B', 'F'],
    synonyms: {
      kk: ['тау жыныстары механикасы', 'беткей орнықтылығы', 'геотехникалық мониторинг'],
      ru: ['механика горных пород', 'устойчивость бортов карьера', 'геотехнический мониторинг'],
      en: ['geomechanics', 'geotechnical engineering', 'slope stability', 'rock mass'],
    },
  },
  {
    code: 'drilling-blasting',
    labels: { kk: 'Бұрғылау-жару жұмыстары', ru: 'Буровзрывные работы', en: 'Drilling and blasting' },
    fields: ['2.11'],
    sectors: ['B'],
    synonyms: {
      kk: ['БЖЖ', 'жару жұмыстары', 'жарылғыш заттар'],
      ru: ['БВР', 'взрывные работы', 'взрывчатые вещества'],
      en: ['blast design', 'explosives', 'rock fragmentation'],
    },
  },
  {
    code: 'mine-safety-ventilation',
    labels: {
      kk: 'Тау-кен жұмыстарының қауіпсіздігі және кеніш желдетуі',
      ru: 'Безопасность горных работ и рудничная вентиляция',
      en: 'Mine safety and ventilation',
    },
    fields: ['2.11', '1.5'],
    sectors: ['B'],
    synonyms: {
      kk: ['өнеркәсіптік қауіпсіздік', 'кеніш желдету', 'газсыздандыру'],
      ru: ['промышленная безопасность', 'рудничная вентиляция', 'дегазация', 'горные удары'],
      en: ['mine ventilation', 'methane control', 'ground control', 'rock burst'],
    },
  },
  {
    code: 'tailings-management',
    labels: {
      kk: 'Байыту қалдықтары мен тау-кен қалдықтарын басқару',
      ru: 'Управление хвостами и горнопромышленными отходами',
      en: 'Tailings and mine waste management',
    },
    fields: ['2.7', '2.4'],
    sectors: ['B', 'E'],
    synonyms: {
      kk: ['қалдық қоймалары', 'техногендік қалдықтар', 'үйінділер'],
      ru: ['хвостохранилища', 'хвосты обогащения', 'техногенные отходы', 'отвалы'],
      en: ['tailings', 'tailings dams', 'TSF', 'mine waste recycling'],
    },
  },
  {
    code: 'rare-earth-elements',
    labels: { kk: 'Сирек жер және сирек металдарды алу', ru: 'Извлечение редкоземельных и редких металлов', en: 'Rare earth and rare metals extraction' },
    fields: ['2.4', '1.4', '1.5'],
    sectors: ['B', 'C'],
    synonyms: {
      kk: ['СЖЭ', 'РЗМ', 'сирек жер элементтері', 'сыни минералдар'],
      ru: ['РЗМ', 'РЗЭ', 'редкоземельные элементы', 'критическое сырье'],
      en: ['REE', 'rare earths', 'critical minerals', 'rare metals'],
    },
  },
  {
    code: 'uranium-processing',
    labels: { kk: 'Уран өндіру және қайта өңдеу', ru: 'Добыча и переработка урана', en: 'Uranium mining and processing' },
    fields: ['2.4', '1.5'],
    sectors: ['B', 'C', 'D'],
    synonyms: {
      kk: ['уран', 'жерасты ұңғымалық шаймалау', 'ПСВ'],
      ru: ['уран', 'ПСВ', 'подземное скважинное выщелачивание', 'урановое производство'],
      en: ['uranium', 'in-situ leaching', 'ISR', 'ISL'],
    },
  },
  {
    code: 'coal-chemistry',
    labels: { kk: 'Көмірді қайта өңдеу және көмір химиясы', ru: 'Переработка угля и углехимия', en: 'Coal processing and coal chemistry' },
    fields: ['2.4'],
    sectors: ['B', 'C'],
    synonyms: {
      kk: ['көмір химиясы', 'көмірді байыту', 'кокс'],
      ru: ['углехимия', 'обогащение угля', 'кокс', 'гуминовые вещества'],
      en: ['coal chemistry', 'coal beneficiation', 'coke', 'humic substances'],
    },
  },

  // ── Oil and gas ───────────────────────────────────────────────────────────────────────────────
  {
    code: 'enhanced-oil-recovery',
    labels: { kk: 'Мұнай бергіштікті арттыру әдістері', ru: 'Методы увеличения нефтеотдачи', en: 'Enhanced oil recovery' },
    fields: ['2.4', '1.5'],
    sectors: ['B'],
    synonyms: {
      kk: ['мұнай бергіштік', 'полимерлік су айдау', 'МУН'],
      ru: ['МУН', 'ПНП', 'повышение нефтеотдачи', 'полимерное заводнение'],
      en: ['EOR', 'IOR', 'polymer flooding', 'waterflooding'],
    },
  },
  {
    code: 'reservoir-modelling',
    labels: { kk: 'Қабаттарды гидродинамикалық модельдеу', ru: 'Гидродинамическое моделирование пластов', en: 'Reservoir modelling and simulation' },
    fields: ['1.5', '2.11'],
    sectors: ['B'],
    synonyms: {
      kk: ['гидродинамикалық модель', 'кен орындарын игеру', 'қабат инженериясы'],
      ru: ['гидродинамическая модель', 'разработка месторождений', 'адаптация модели', 'геолого-гидродинамическое моделирование'],
      en: ['reservoir simulation', 'reservoir engineering', 'history matching', 'Eclipse'],
    },
  },
  {
    code: 'core-analysis-petrophysics',
    labels: { kk: 'Керн зерттеу және петрофизика', ru: 'Исследование керна и петрофизика', en: 'Core analysis and petrophysics' },
    fields: ['1.5'],
    sectors: ['B'],
    synonyms: {
      kk: ['керн', 'петрофизика', 'каротаж'],
      ru: ['керн', 'петрофизика', 'каротаж', 'геофизические исследования скважин'],
      en: ['core analysis', 'petrophysics', 'SCAL', 'well logging'],
    },
  },
  {
    code: 'drilling-fluids',
    labels: {
      kk: 'Бұрғылау ерітінділері және ұңғымаларды цементтеу',
      ru: 'Буровые растворы и цементирование скважин',
      en: 'Drilling fluids and well cementing',
    },
    fields: ['2.4', '1.5'],
    sectors: ['B'],
    synonyms: {
      kk: ['бұрғылау ерітіндісі', 'жуу сұйықтықтары', 'тампонаж'],
      ru: ['буровой раствор', 'промывочные жидкости', 'тампонажные растворы', 'цементирование'],
      en: ['drilling mud', 'mud engineering', 'well cementing', 'completion fluids'],
    },
  },
  {
    code: 'oilfield-chemicals',
    labels: { kk: 'Мұнай кәсіпшілігі химиясы', ru: 'Нефтепромысловая химия', en: 'Oilfield chemicals' },
    fields: ['1.4', '2.4'],
    sectors: ['B'],
    synonyms: {
      kk: ['коррозия ингибиторлары', 'деэмульгаторлар', 'парафин шөгінділері'],
      ru: ['ингибиторы коррозии', 'деэмульгаторы', 'ингибиторы солеотложения', 'АСПО'],
      en: ['corrosion inhibitors', 'scale inhibitors', 'demulsifiers', 'paraffin control'],
    },
  },
  {
    code: 'petroleum-testing',
    labels: { kk: 'Мұнайды, газды және отынды талдау', ru: 'Анализ нефти, газа и топлив', en: 'Oil, gas and fuel testing' },
    fields: ['1.4', '2.4'],
    sectors: ['B', 'C'],
    synonyms: {
      kk: ['мұнай өнімдерін талдау', 'отын сапасы', 'PVT зерттеулері'],
      ru: ['анализ нефтепродуктов', 'качество топлива', 'PVT-исследования', 'сертификация топлива'],
      en: ['crude oil assay', 'fuel quality', 'PVT analysis', 'fuel testing'],
    },
  },
  {
    code: 'petrochemistry-refining',
    labels: { kk: 'Мұнай химиясы және мұнай өңдеу', ru: 'Нефтехимия и нефтепереработка', en: 'Petrochemistry and oil refining' },
    fields: ['2.4', '1.4'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['МӨЗ', 'мұнайды қайта өңдеу', 'крекинг'],
      ru: ['НПЗ', 'переработка нефти', 'нефтехимический синтез', 'крекинг'],
      en: ['oil refining', 'petrochemicals', 'hydrocracking', 'refinery'],
    },
  },
  {
    code: 'gas-processing',
    labels: { kk: 'Табиғи газды өңдеу және газ химиясы', ru: 'Переработка природного газа и газохимия', en: 'Natural gas processing and gas chemistry' },
    fields: ['2.4', '1.4'],
    sectors: ['B', 'C'],
    synonyms: {
      kk: ['газ химиясы', 'ГӨЗ', 'СТГ', 'күкіртті тазарту'],
      ru: ['газохимия', 'ГПЗ', 'СПГ', 'сероочистка'],
      en: ['gas processing', 'LNG', 'sulphur recovery', 'gas-to-liquids'],
    },
  },
  {
    code: 'pipeline-integrity',
    labels: { kk: 'Құбыржолдардың тұтастығын қамтамасыз ету', ru: 'Обеспечение целостности трубопроводов', en: 'Pipeline integrity management' },
    fields: ['2.3', '2.5'],
    sectors: ['H', 'B', 'D'],
    synonyms: {
      kk: ['құбыржолдарды диагностикалау', 'құбырішілік диагностика', 'ағып кетуді анықтау'],
      ru: ['диагностика трубопроводов', 'внутритрубная диагностика', 'ВТД', 'обнаружение утечек'],
      en: ['pipeline inspection', 'in-line inspection', 'ILI', 'leak detection'],
    },
  },
  {
    code: 'catalysis',
    labels: { kk: 'Катализ және катализаторлар әзірлеу', ru: 'Катализ и разработка катализаторов', en: 'Catalysis and catalyst development' },
    fields: ['1.4', '2.4'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['катализаторлар', 'гетерогенді катализ', 'цеолиттер'],
      ru: ['катализаторы', 'гетерогенный катализ', 'цеолиты', 'каталитические процессы'],
      en: ['catalysts', 'heterogeneous catalysis', 'zeolites', 'catalyst testing'],
    },
  },

  // ── Chemistry and materials ───────────────────────────────────────────────────────────────────
  {
    code: 'analytical-chemistry',
    labels: { kk: 'Аналитикалық химия', ru: 'Аналитическая химия', en: 'Analytical chemistry' },
    fields: ['1.4'],
    sectors: ['C', 'B', 'E', 'M'],
    synonyms: {
      kk: ['химиялық талдау', 'элементтік талдау', 'ААС'],
      ru: ['химический анализ', 'элементный анализ', 'ИСП-ОЭС', 'ААС'],
      en: ['chemical analysis', 'elemental analysis', 'ICP-OES', 'AAS'],
    },
  },
  {
    code: 'mass-spectrometry',
    labels: { kk: 'Масс-спектрометрия', ru: 'Масс-спектрометрия', en: 'Mass spectrometry' },
    fields: ['1.4', '1.3'],
    sectors: ['C', 'Q', 'B'],
    synonyms: {
      kk: ['масс-спектрометр', 'ИСП-МС', 'MALDI-TOF'],
      ru: ['масс-спектрометр', 'ИСП-МС', 'ВЭЖХ-МС', 'MALDI-TOF'],
      en: ['MS', 'ICP-MS', 'LC-MS', 'MALDI-TOF'],
    },
  },
  {
    code: 'chromatography',
    labels: { kk: 'Хроматография', ru: 'Хроматография', en: 'Chromatography' },
    fields: ['1.4'],
    sectors: ['C', 'Q', 'A'],
    synonyms: {
      kk: ['ВЭЖХ', 'газ хроматографиясы', 'сұйықтық хроматографиясы'],
      ru: ['ВЭЖХ', 'ГХ-МС', 'газовая хроматография', 'жидкостная хроматография'],
      en: ['HPLC', 'GC', 'GC-MS', 'liquid chromatography'],
    },
  },
  {
    code: 'nmr-spectroscopy',
    labels: { kk: 'ЯМР-спектроскопия', ru: 'ЯМР-спектроскопия', en: 'NMR spectroscopy' },
    fields: ['1.4', '1.3'],
    sectors: ['C', 'Q'],
    synonyms: {
      kk: ['ЯМР', 'ядролық магниттік резонанс'],
      ru: ['ЯМР', 'ядерный магнитный резонанс', 'установление структуры'],
      en: ['NMR', 'nuclear magnetic resonance', 'structure elucidation'],
    },
  },
  {
    code: 'optical-spectroscopy',
    labels: { kk: 'Оптикалық спектроскопия (ИҚ, УК, Раман)', ru: 'Оптическая спектроскопия (ИК, УФ, КР)', en: 'Optical spectroscopy (IR, UV-Vis, Raman)' },
    fields: ['1.4', '1.3'],
    sectors: ['C', 'Q'],
    synonyms: {
      kk: ['ИҚ-спектроскопия', 'раман спектроскопиясы', 'FTIR'],
      ru: ['ИК-спектроскопия', 'ИК-Фурье', 'рамановская спектроскопия', 'УФ-спектрофотометрия'],
      en: ['FTIR', 'Raman', 'UV-Vis', 'infrared spectroscopy'],
    },
  },
  {
    code: 'x-ray-diffraction-fluorescence',
    labels: {
      kk: 'Рентгендік дифракциялық және флуоресценттік талдау',
      ru: 'Рентгеноструктурный и рентгенофлуоресцентный анализ',
      en: 'X-ray diffraction and X-ray fluorescence',
    },
    fields: ['1.3', '1.4', '2.5'],
    sectors: ['B', 'C'],
    synonyms: {
      kk: ['XRD', 'XRF', 'фазалық талдау', 'рентген дифракциясы'],
      ru: ['РСА', 'РФА', 'рентгенофазовый анализ', 'рентгеновская дифракция'],
      en: ['XRD', 'XRF', 'phase analysis', 'crystallography'],
    },
  },
  {
    code: 'electron-microscopy',
    labels: { kk: 'Электрондық микроскопия', ru: 'Электронная микроскопия', en: 'Electron microscopy' },
    fields: ['1.3', '2.5', '2.10'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['СЭМ', 'ПЭМ', 'сканерлеуші электрондық микроскоп'],
      ru: ['СЭМ', 'ПЭМ', 'растровая электронная микроскопия', 'ЭДС'],
      en: ['SEM', 'TEM', 'EDS', 'scanning electron microscopy'],
    },
  },
  {
    code: 'thermal-analysis',
    labels: { kk: 'Термиялық талдау', ru: 'Термический анализ', en: 'Thermal analysis' },
    fields: ['1.4', '2.5'],
    sectors: ['C'],
    synonyms: {
      kk: ['ДСК', 'ТГА', 'термогравиметрия'],
      ru: ['ДСК', 'ТГА', 'термогравиметрия', 'калориметрия'],
      en: ['DSC', 'TGA', 'differential scanning calorimetry', 'thermogravimetry'],
    },
  },
  {
    code: 'particle-size-surface-area',
    labels: {
      kk: 'Гранулометриялық талдау және меншікті бетті анықтау',
      ru: 'Гранулометрический анализ и определение удельной поверхности',
      en: 'Particle size and surface area analysis',
    },
    fields: ['1.4', '2.5'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['гранулометрия', 'БЭТ', 'кеуектілік'],
      ru: ['гранулометрия', 'лазерная дифракция', 'БЭТ', 'пористость'],
      en: ['particle sizing', 'laser diffraction', 'BET', 'porosimetry'],
    },
  },
  {
    code: 'nanomaterials',
    labels: { kk: 'Наноматериалдарды синтездеу және зерттеу', ru: 'Синтез и исследование наноматериалов', en: 'Nanomaterials synthesis and characterisation' },
    fields: ['2.10', '1.4', '1.3'],
    sectors: ['C'],
    synonyms: {
      kk: ['нанобөлшектер', 'нанотехнологиялар', 'графен', 'жұқа қабықшалар'],
      ru: ['наночастицы', 'нанотехнологии', 'графен', 'тонкие пленки'],
      en: ['nanoparticles', 'nanotechnology', 'graphene', 'thin films'],
    },
  },
  {
    code: 'composite-materials',
    labels: { kk: 'Композиттік материалдар', ru: 'Композиционные материалы', en: 'Composite materials' },
    fields: ['2.5'],
    sectors: ['C', 'F'],
    synonyms: {
      kk: ['композиттер', 'көміртекті пластик', 'шыны пластик'],
      ru: ['композиты', 'углепластик', 'стеклопластик', 'полимерные композиты'],
      en: ['composites', 'carbon fibre', 'fibreglass', 'CFRP'],
    },
  },
  {
    code: 'polymers-plastics',
    labels: { kk: 'Полимерлер және пластмассаларды қайта өңдеу', ru: 'Полимеры и переработка пластмасс', en: 'Polymer science and plastics processing' },
    fields: ['2.5', '1.4'],
    sectors: ['C'],
    synonyms: {
      kk: ['пластмассалар', 'экструзия', 'полимерлік материалдар'],
      ru: ['пластмассы', 'экструзия', 'литье пластмасс', 'полимерные материалы'],
      en: ['polymers', 'plastics', 'extrusion', 'injection moulding'],
    },
  },
  {
    code: 'functional-coatings',
    labels: {
      kk: 'Функционалдық жабындар және беттік инженерия',
      ru: 'Функциональные покрытия и инженерия поверхности',
      en: 'Functional coatings and surface engineering',
    },
    fields: ['2.5', '1.4'],
    sectors: ['C'],
    synonyms: {
      kk: ['жабындар', 'вакуумдық тозаңдату', 'гальваника'],
      ru: ['покрытия', 'вакуумное напыление', 'гальваника', 'PVD'],
      en: ['coatings', 'thin film deposition', 'PVD', 'electroplating'],
    },
  },
  {
    code: 'ceramics-refractories',
    labels: { kk: 'Керамика және отқа төзімді материалдар', ru: 'Керамика и огнеупоры', en: 'Ceramics and refractories' },
    fields: ['2.5'],
    sectors: ['C', 'F'],
    synonyms: {
      kk: ['отқа төзімділер', 'техникалық керамика', 'шыны', 'силикат материалдар'],
      ru: ['огнеупоры', 'техническая керамика', 'стекло', 'силикатные материалы'],
      en: ['refractories', 'technical ceramics', 'advanced ceramics', 'glass'],
    },
  },
  {
    code: 'electrochemistry',
    labels: { kk: 'Электрохимия', ru: 'Электрохимия', en: 'Electrochemistry' },
    fields: ['1.4'],
    sectors: ['C', 'B', 'D'],
    synonyms: {
      kk: ['электролиз', 'электрохимиялық сенсорлар', 'гальванотехника'],
      ru: ['электролиз', 'электрохимические сенсоры', 'гальванотехника', 'импедансная спектроскопия'],
      en: ['electrolysis', 'electrowinning', 'electrochemical sensors', 'impedance spectroscopy'],
    },
  },
  {
    code: 'chemical-process-engineering',
    labels: {
      kk: 'Химиялық технология және процестерді масштабтау',
      ru: 'Химическая технология и масштабирование процессов',
      en: 'Chemical process engineering and scale-up',
    },
    fields: ['2.4'],
    sectors: ['C', 'B'],
    synonyms: {
      kk: ['пилоттық қондырғы', 'технологиялық регламент', 'Aspen'],
      ru: ['пилотная установка', 'химико-технологические процессы', 'технологический регламент', 'Aspen HYSYS'],
      en: ['process design', 'pilot plant', 'process simulation', 'Aspen'],
    },
  },
  {
    code: 'organic-synthesis',
    labels: { kk: 'Органикалық және жұқа органикалық синтез', ru: 'Органический и тонкий органический синтез', en: 'Organic and fine chemical synthesis' },
    fields: ['1.4'],
    sectors: ['C', 'Q'],
    synonyms: {
      kk: ['органикалық синтез', 'медициналық химия', 'аз тоннажды химия'],
      ru: ['органический синтез', 'малотоннажная химия', 'медицинская химия', 'синтез на заказ'],
      en: ['organic synthesis', 'fine chemicals', 'custom synthesis', 'medicinal chemistry'],
    },
  },
  {
    code: 'fertiliser-technology',
    labels: { kk: 'Минералдық тыңайтқыштар технологиясы', ru: 'Технология минеральных удобрений', en: 'Mineral fertiliser technology' },
    fields: ['2.4', '1.4'],
    sectors: ['C', 'A', 'B'],
    synonyms: {
      kk: ['тыңайтқыштар', 'фосфор тыңайтқыштары', 'NPK'],
      ru: ['удобрения', 'фосфорные удобрения', 'азотные удобрения', 'NPK'],
      en: ['fertilisers', 'fertilizers', 'phosphate fertilisers', 'NPK'],
    },
  },
  {
    code: 'photonics-lasers',
    labels: { kk: 'Фотоника және лазерлік технологиялар', ru: 'Фотоника и лазерные технологии', en: 'Photonics and laser technology' },
    fields: ['1.3', '2.2'],
    sectors: ['C', 'J'],
    synonyms: {
      kk: ['оптика', 'лазерлер', 'талшықты-оптикалық датчиктер'],
      ru: ['оптика', 'лазеры', 'волоконно-оптические датчики', 'лидары'],
      en: ['optics', 'lasers', 'fibre optic sensors', 'LiDAR'],
    },
  },
  {
    code: 'radiation-technologies',
    labels: { kk: 'Радиациялық технологиялар және сәулелендіру', ru: 'Радиационные технологии и облучение', en: 'Radiation technologies and irradiation' },
    fields: ['1.3', '2.11'],
    sectors: ['C', 'Q', 'A'],
    synonyms: {
      kk: ['сәулелендіру', 'электрондық үдеткіш', 'радиациялық стерилизация'],
      ru: ['облучение', 'электронный ускоритель', 'радиационная стерилизация', 'ионные пучки'],
      en: ['irradiation', 'electron beam', 'radiation sterilisation', 'ion beam'],
    },
  },

  // ── Water ─────────────────────────────────────────────────────────────────────────────────────
  {
    code: 'water-treatment',
    labels: { kk: 'Су дайындау және ағынды суларды тазарту', ru: 'Водоподготовка и очистка сточных вод', en: 'Water and wastewater treatment' },
    fields: ['2.7', '2.4'],
    sectors: ['E', 'C', 'D'],
    synonyms: {
      kk: ['суды тазарту', 'тазарту құрылыстары', 'мембраналық сүзу'],
      ru: ['очистка воды', 'очистные сооружения', 'водоочистка', 'мембранная фильтрация'],
      en: ['wastewater treatment', 'water purification', 'membrane filtration', 'activated sludge'],
    },
  },
  {
    code: 'desalination',
    labels: { kk: 'Суды тұщыландыру', ru: 'Опреснение воды', en: 'Desalination' },
    fields: ['2.7', '2.4'],
    sectors: ['E'],
    synonyms: {
      kk: ['кері осмос', 'тұщыландырғыштар', 'минералданған сулар'],
      ru: ['обратный осмос', 'опреснители', 'минерализованные воды'],
      en: ['reverse osmosis', 'RO', 'seawater desalination', 'brackish water'],
    },
  },
  {
    code: 'water-quality-testing',
    labels: { kk: 'Су сапасын талдау', ru: 'Анализ качества воды', en: 'Water quality testing' },
    fields: ['1.4', '1.5'],
    sectors: ['E', 'Q'],
    synonyms: {
      kk: ['су талдауы', 'ауыз су', 'гидрохимия'],
      ru: ['анализ воды', 'питьевая вода', 'гидрохимия', 'мониторинг водных объектов'],
      en: ['water testing', 'drinking water analysis', 'water monitoring', 'hydrochemistry'],
    },
  },
  {
    code: 'hydrological-modelling',
    labels: {
      kk: 'Гидрологиялық модельдеу және су ресурстарын басқару',
      ru: 'Гидрологическое моделирование и управление водными ресурсами',
      en: 'Hydrological modelling and water resources management',
    },
    fields: ['1.5', '2.7'],
    sectors: ['E', 'A', 'O'],
    synonyms: {
      kk: ['гидрология', 'су тасқынын болжау', 'су балансы'],
      ru: ['гидрология', 'прогноз паводков', 'водный баланс', 'водные ресурсы'],
      en: ['hydrology', 'flood forecasting', 'water balance', 'river basin management'],
    },
  },
  {
    code: 'hydrogeology',
    labels: { kk: 'Гидрогеология және жерасты сулары', ru: 'Гидрогеология и подземные воды', en: 'Hydrogeology and groundwater' },
    fields: ['1.5'],
    sectors: ['E', 'B', 'A'],
    synonyms: {
      kk: ['жерасты сулары', 'сулы горизонттар', 'гидрогеологиялық іздестіру'],
      ru: ['подземные воды', 'водоносные горизонты', 'гидрогеологические изыскания'],
      en: ['groundwater', 'aquifers', 'groundwater modelling', 'well hydraulics'],
    },
  },
  {
    code: 'hydraulic-engineering',
    labels: {
      kk: 'Гидротехникалық құрылыс және мелиорация',
      ru: 'Гидротехническое строительство и мелиорация',
      en: 'Hydraulic engineering and irrigation infrastructure',
    },
    fields: ['2.1', '4.1'],
    sectors: ['F', 'A', 'E'],
    synonyms: {
      kk: ['гидротехникалық құрылыстар', 'суару каналдары', 'бөгеттер'],
      ru: ['гидротехнические сооружения', 'ГТС', 'оросительные каналы', 'плотины'],
      en: ['hydraulic structures', 'dams', 'irrigation canals', 'land reclamation'],
    },
  },
  {
    code: 'water-networks-leak-detection',
    labels: { kk: 'Су құбыры желілері және ағып кетулерді іздеу', ru: 'Водопроводные сети и поиск утечек', en: 'Water supply networks and leak detection' },
    fields: ['2.1', '2.7'],
    sectors: ['E'],
    synonyms: {
      kk: ['сумен жабдықтау', 'су шығындары', 'ағып кетулер'],
      ru: ['водоснабжение', 'потери воды', 'утечки', 'умный водоучет'],
      en: ['water networks', 'non-revenue water', 'leak detection', 'smart water metering'],
    },
  },

  // ── Construction ──────────────────────────────────────────────────────────────────────────────
  {
    code: 'earthquake-engineering',
    labels: { kk: 'Сейсмикаға төзімді құрылыс', ru: 'Сейсмостойкое строительство', en: 'Earthquake engineering' },
    fields: ['2.1', '1.5'],
    sectors: ['F', 'O'],
    synonyms: {
      kk: ['сейсмикалық төзімділік', 'сейсмикалық күшейту', 'сейсмикалық қауіп'],
      ru: ['сейсмостойкость', 'сейсмоусиление', 'сейсмический риск', 'сейсмика'],
      en: ['seismic engineering', 'seismic design', 'seismic retrofitting', 'seismic risk'],
    },
  },
  {
    code: 'natural-hazards',
    labels: {
      kk: 'Табиғи қауіптерді бағалау (көшкін, сел, су тасқыны)',
      ru: 'Оценка природных опасностей (оползни, сели, паводки)',
      en: 'Natural hazard assessment (landslides, mudflows, floods)',
    },
    fields: ['1.5', '2.1'],
    sectors: ['O', 'F', 'E'],
    synonyms: {
      kk: ['сел қаупі', 'жер көшкіні', 'геоқауіптер'],
      ru: ['селевая опасность', 'оползни', 'геориски', 'паводковая опасность'],
      en: ['mudflows', 'landslides', 'geohazards', 'flood risk'],
    },
  },
  {
    code: 'building-materials-testing',
    labels: { kk: 'Құрылыс материалдарын сынау', ru: 'Испытания строительных материалов', en: 'Building materials testing' },
    fields: ['2.1', '2.5'],
    sectors: ['F', 'C'],
    synonyms: {
      kk: ['бетонды сынау', 'цемент', 'құрылыс материалдары'],
      ru: ['испытания бетона', 'стройматериалы', 'цемент', 'бетон'],
      en: ['concrete testing', 'cement testing', 'construction materials', 'aggregates'],
    },
  },
  {
    code: 'bim',
    labels: { kk: 'Ғимараттарды ақпараттық модельдеу (BIM)', ru: 'Информационное моделирование зданий (BIM)', en: 'Building information modelling (BIM)' },
    fields: ['2.1', '1.2'],
    sectors: ['F'],
    synonyms: {
      kk: ['BIM', 'ақпараттық модельдеу технологиялары', 'Revit'],
      ru: ['BIM', 'ТИМ', 'технологии информационного моделирования', 'Revit'],
      en: ['BIM', 'Revit', '4D/5D modelling'],
    },
  },
  {
    code: 'structural-engineering',
    labels: {
      kk: 'Конструкцияларды есептеу және ғимараттарды тексеру',
      ru: 'Расчёт конструкций и обследование зданий',
      en: 'Structural engineering and building inspection',
    },
    fields: ['2.1'],
    sectors: ['F', 'L'],
    synonyms: {
      kk: ['ғимараттарды зерттеп-тексеру', 'конструкциялар мониторингі', 'құрылыс механикасы'],
      ru: ['обследование зданий', 'техническое обследование', 'мониторинг конструкций', 'строительная механика'],
      en: ['structural analysis', 'structural health monitoring', 'building survey', 'load testing'],
    },
  },
  {
    code: 'geotechnical-surveys',
    labels: { kk: 'Инженерлік іздестіру және геотехника', ru: 'Инженерные изыскания и геотехника', en: 'Geotechnical and engineering surveys' },
    fields: ['2.1', '1.5'],
    sectors: ['F'],
    synonyms: {
      kk: ['инженерлік-геологиялық іздестіру', 'топырақ механикасы', 'іргетастар'],
      ru: ['инженерно-геологические изыскания', 'механика грунтов', 'основания и фундаменты'],
      en: ['site investigation', 'soil mechanics', 'foundations', 'geotechnical survey'],
    },
  },
  {
    code: 'road-engineering',
    labels: { kk: 'Жол құрылысы және жол жабындары', ru: 'Дорожное строительство и дорожные покрытия', en: 'Road and pavement engineering' },
    fields: ['2.1', '2.5'],
    sectors: ['F', 'H'],
    synonyms: {
      kk: ['асфальтбетон', 'битум', 'автомобиль жолдары'],
      ru: ['асфальтобетон', 'битум', 'дорожная одежда', 'автомобильные дороги'],
      en: ['asphalt', 'bitumen', 'pavement design', 'road materials'],
    },
  },
  {
    code: 'energy-efficient-buildings',
    labels: {
      kk: 'Энергия тиімді ғимараттар және құрылыс физикасы',
      ru: 'Энергоэффективные здания и строительная физика',
      en: 'Energy-efficient buildings and building physics',
    },
    fields: ['2.1', '2.7'],
    sectors: ['F', 'D'],
    synonyms: {
      kk: ['жылу оқшаулау', 'пассивті үй', 'тепловизиялық тексеру'],
      ru: ['теплоизоляция', 'строительная теплофизика', 'пассивный дом', 'тепловизионное обследование'],
      en: ['thermal insulation', 'building physics', 'passive house', 'thermography'],
    },
  },
  {
    code: 'hvac-building-services',
    labels: { kk: 'Жылыту, желдету және ауаны баптау', ru: 'Отопление, вентиляция и кондиционирование', en: 'HVAC and building services' },
    fields: ['2.3', '2.1'],
    sectors: ['F', 'D'],
    synonyms: {
      kk: ['желдету', 'кондиционерлеу', 'ғимараттың инженерлік жүйелері'],
      ru: ['ОВиК', 'вентиляция', 'кондиционирование', 'инженерные системы зданий'],
      en: ['HVAC', 'ventilation', 'air conditioning', 'building services'],
    },
  },
  {
    code: 'urban-planning-smart-cities',
    labels: { kk: 'Қала құрылысы және ақылды қалалар', ru: 'Градостроительство и умные города', en: 'Urban planning and smart cities' },
    fields: ['2.1', '5.7'],
    sectors: ['F', 'O'],
    synonyms: {
      kk: ['ақылды қала', 'бас жоспар', 'урбанистика'],
      ru: ['умный город', 'генплан', 'территориальное планирование', 'урбанистика'],
      en: ['smart city', 'urban mobility', 'spatial planning', 'master planning'],
    },
  },

  // ── Health and medical engineering ────────────────────────────────────────────────────────────
  {
    code: 'medical-imaging',
    labels: {
      kk: 'Медициналық бейнелеу және кескіндерді талдау',
      ru: 'Медицинская визуализация и анализ изображений',
      en: 'Medical imaging and image analysis',
    },
    fields: ['3.2', '2.6', '1.2'],
    sectors: ['Q'],
    synonyms: {
      kk: ['МРТ', 'КТ', 'УДЗ', 'сәулелік диагностика'],
      ru: ['МРТ', 'КТ', 'УЗИ', 'лучевая диагностика'],
      en: ['MRI', 'CT', 'ultrasound imaging', 'radiology'],
    },
  },
  {
    code: 'medical-ai-diagnostics',
    labels: { kk: 'Медициналық диагностикадағы жасанды интеллект', ru: 'ИИ в медицинской диагностике', en: 'AI in medical diagnostics' },
    fields: ['3.2', '1.2'],
    sectors: ['Q', 'J'],
    synonyms: {
      kk: ['медициналық ЖИ', 'клиникалық шешімдерді қолдау', 'ЖИ диагностика'],
      ru: ['медицинский ИИ', 'СППВР', 'системы поддержки врачебных решений', 'компьютерная диагностика'],
      en: ['medical AI', 'clinical decision support', 'CDSS', 'computer-aided diagnosis'],
    },
  },
  {
    code: 'medical-devices',
    labels: { kk: 'Медициналық бұйымдарды әзірлеу', ru: 'Разработка медицинских изделий', en: 'Medical device development' },
    fields: ['2.6'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['медициналық техника', 'медбұйымдар', 'ISO 13485'],
      ru: ['медицинская техника', 'медизделия', 'медтех', 'ISO 13485'],
      en: ['medical devices', 'medtech', 'ISO 13485', 'device prototyping'],
    },
  },
  {
    code: 'biomedical-sensors',
    labels: {
      kk: 'Биомедициналық сенсорлар және киілетін құрылғылар',
      ru: 'Биомедицинские сенсоры и носимые устройства',
      en: 'Biomedical sensors and wearables',
    },
    fields: ['2.6', '2.2'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['биосенсорлар', 'киілетін электроника', 'смарт-сағаттар'],
      ru: ['биосенсоры', 'носимая электроника', 'фитнес-трекеры', 'экспресс-анализаторы'],
      en: ['biosensors', 'wearables', 'ECG sensors', 'point-of-care devices'],
    },
  },
  {
    code: 'implants-biomaterials',
    labels: { kk: 'Импланттар, протездер және биоматериалдар', ru: 'Импланты, протезы и биоматериалы', en: 'Implants, prosthetics and biomaterials' },
    fields: ['2.6', '2.5'],
    sectors: ['Q', 'C'],
    synonyms: {
      kk: ['биоматериалдар', 'эндопротездер', 'протездеу'],
      ru: ['биоматериалы', 'эндопротезы', 'протезирование', '3D-печать имплантов'],
      en: ['biomaterials', 'orthopaedic implants', 'prosthetics', '3D-printed implants'],
    },
  },
  {
    code: 'rehabilitation-engineering',
    labels: {
      kk: 'Оңалту техникасы және ассистивтік технологиялар',
      ru: 'Реабилитационная техника и ассистивные технологии',
      en: 'Rehabilitation engineering and assistive technology',
    },
    fields: ['2.6', '3.2'],
    sectors: ['Q'],
    synonyms: {
      kk: ['экзоскелеттер', 'оңалту тренажерлері', 'оңалту робототехникасы'],
      ru: ['экзоскелеты', 'реабилитационные тренажеры', 'вспомогательные технологии'],
      en: ['assistive devices', 'exoskeletons', 'rehabilitation robotics'],
    },
  },
  {
    code: 'telemedicine',
    labels: { kk: 'Телемедицина және цифрлық денсаулық сақтау', ru: 'Телемедицина и цифровое здравоохранение', en: 'Telemedicine and digital health' },
    fields: ['3.3', '1.2'],
    sectors: ['Q', 'J'],
    synonyms: {
      kk: ['цифрлық медицина', 'қашықтан консультация', 'mHealth'],
      ru: ['цифровая медицина', 'телемедицинские консультации', 'удаленный мониторинг пациентов', 'mHealth'],
      en: ['telehealth', 'eHealth', 'mHealth', 'remote patient monitoring'],
    },
  },
  {
    code: 'epidemiology',
    labels: {
      kk: 'Эпидемиология және қоғамдық денсаулық аналитикасы',
      ru: 'Эпидемиология и аналитика общественного здоровья',
      en: 'Epidemiology and public health analytics',
    },
    fields: ['3.3'],
    sectors: ['Q', 'O'],
    synonyms: {
      kk: ['эпидқадағалау', 'қоғамдық денсаулық', 'медициналық статистика'],
      ru: ['эпиднадзор', 'общественное здоровье', 'медицинская статистика', 'популяционные исследования'],
      en: ['public health', 'epidemiological surveillance', 'health statistics', 'disease modelling'],
    },
  },
  {
    code: 'occupational-health',
    labels: {
      kk: 'Еңбек медицинасы және өндірістік гигиена',
      ru: 'Медицина труда и производственная гигиена',
      en: 'Occupational health and industrial hygiene',
    },
    fields: ['3.3'],
    sectors: ['Q', 'B', 'C'],
    synonyms: {
      kk: ['еңбек гигиенасы', 'кәсіптік аурулар', 'еңбекті қорғау'],
      ru: ['гигиена труда', 'профзаболевания', 'охрана труда', 'производственный контроль'],
      en: ['industrial hygiene', 'occupational safety', 'OHS', 'workplace exposure'],
    },
  },
  {
    code: 'nutrition-functional-foods',
    labels: {
      kk: 'Нутрициология және функционалдық тағам өнімдері',
      ru: 'Нутрициология и функциональные продукты питания',
      en: 'Nutrition science and functional foods',
    },
    fields: ['3.3', '2.9'],
    sectors: ['C', 'Q'],
    synonyms: {
      kk: ['функционалдық тамақтану', 'нутрицевтиктер', 'ББҚ', 'диетология'],
      ru: ['функциональное питание', 'нутрицевтики', 'БАД', 'диетология'],
      en: ['functional foods', 'nutraceuticals', 'dietary supplements', 'clinical nutrition'],
    },
  },

  // ── Environment ───────────────────────────────────────────────────────────────────────────────
  {
    code: 'air-quality-monitoring',
    labels: { kk: 'Ауа сапасын мониторингтеу', ru: 'Мониторинг качества воздуха', en: 'Air quality monitoring' },
    fields: ['1.5', '2.7'],
    sectors: ['E', 'O', 'D'],
    synonyms: {
      kk: ['ауаның ластануы', 'PM2.5', 'атмосфералық ауа'],
      ru: ['загрязнение воздуха', 'PM2.5', 'атмосферный воздух', 'моделирование рассеивания'],
      en: ['air pollution', 'PM2.5', 'ambient air monitoring', 'dispersion modelling'],
    },
  },
  {
    code: 'waste-recycling',
    labels: {
      kk: 'Қалдықтарды қайта өңдеу және айналмалы экономика',
      ru: 'Переработка отходов и циркулярная экономика',
      en: 'Waste recycling and circular economy',
    },
    fields: ['2.7'],
    sectors: ['E', 'C'],
    synonyms: {
      kk: ['қалдықтарды кәдеге жарату', 'ҚТҚ', 'қайталама шикізат'],
      ru: ['утилизация отходов', 'ТБО', 'ТКО', 'вторичное сырье'],
      en: ['recycling', 'circular economy', 'waste valorisation', 'MSW'],
    },
  },
  {
    code: 'hazardous-waste',
    labels: {
      kk: 'Қауіпті және өнеркәсіптік қалдықтарды басқару',
      ru: 'Обращение с опасными и промышленными отходами',
      en: 'Hazardous and industrial waste management',
    },
    fields: ['2.7', '2.4'],
    sectors: ['E', 'C', 'B'],
    synonyms: {
      kk: ['қауіпті қалдықтар', 'өнеркәсіптік қалдықтар', 'қалдықтарды залалсыздандыру'],
      ru: ['опасные отходы', 'промышленные отходы', 'обезвреживание отходов', 'медицинские отходы'],
      en: ['hazardous waste', 'industrial waste', 'waste neutralisation', 'medical waste'],
    },
  },
  {
    code: 'environmental-impact-assessment',
    labels: { kk: 'Қоршаған ортаға әсерді бағалау', ru: 'Оценка воздействия на окружающую среду', en: 'Environmental impact assessment' },
    fields: ['2.7', '1.5'],
    sectors: ['M', 'B', 'D', 'F'],
    synonyms: {
      kk: ['ҚОӘБ', 'экологиялық сараптама', 'экологиялық аудит'],
      ru: ['ОВОС', 'экологическая экспертиза', 'экологический аудит', 'экологическое разрешение'],
      en: ['EIA', 'ESIA', 'environmental permitting', 'environmental audit'],
    },
  },
  {
    code: 'land-reclamation',
    labels: {
      kk: 'Жерді рекультивациялау және ластануды жою',
      ru: 'Рекультивация земель и ликвидация загрязнений',
      en: 'Land reclamation and contaminated site remediation',
    },
    fields: ['2.7', '1.5'],
    sectors: ['E', 'B'],
    synonyms: {
      kk: ['рекультивация', 'ластанған жерлер', 'тарихи ластанулар'],
      ru: ['рекультивация', 'загрязненные земли', 'исторические загрязнения', 'ликвидация последствий недропользования'],
      en: ['land rehabilitation', 'contaminated land', 'mine closure', 'soil remediation'],
    },
  },
  {
    code: 'ecotoxicology',
    labels: {
      kk: 'Экотоксикология және қоршаған орта химиясы',
      ru: 'Экотоксикология и химия окружающей среды',
      en: 'Ecotoxicology and environmental chemistry',
    },
    fields: ['1.4', '1.5'],
    sectors: ['E', 'Q'],
    synonyms: {
      kk: ['ауыр металдар', 'экоуыттылық', 'ластаушы заттар'],
      ru: ['экотоксичность', 'тяжелые металлы', 'СОЗ', 'загрязнители'],
      en: ['ecotoxicity', 'heavy metals', 'pollutant analysis', 'persistent organic pollutants'],
    },
  },
  {
    code: 'biodiversity-monitoring',
    labels: { kk: 'Биоәртүрлілік пен экожүйелер мониторингі', ru: 'Мониторинг биоразнообразия и экосистем', en: 'Biodiversity and ecosystem monitoring' },
    fields: ['1.6', '1.5'],
    sectors: ['E', 'A', 'O'],
    synonyms: {
      kk: ['биоәртүрлілік', 'экологиялық іздестіру', 'жануарларды есепке алу'],
      ru: ['биоразнообразие', 'экологические изыскания', 'учет животных', 'экосистемные услуги'],
      en: ['ecological survey', 'wildlife monitoring', 'eDNA', 'habitat assessment'],
    },
  },
  {
    code: 'climate-adaptation',
    labels: {
      kk: 'Климаттың өзгеруін модельдеу және бейімделу',
      ru: 'Моделирование изменения климата и адаптация',
      en: 'Climate change modelling and adaptation',
    },
    fields: ['1.5'],
    sectors: ['A', 'O', 'D'],
    synonyms: {
      kk: ['климаттық тәуекелдер', 'климатқа бейімделу', 'климаттық сценарийлер'],
      ru: ['климатические риски', 'адаптация к изменению климата', 'климатические сценарии'],
      en: ['climate risk', 'climate adaptation', 'climate scenarios', 'climate downscaling'],
    },
  },
  {
    code: 'desertification-control',
    labels: {
      kk: 'Шөлейттену мен жердің тозуына қарсы күрес',
      ru: 'Борьба с опустыниванием и деградацией земель',
      en: 'Desertification and land degradation control',
    },
    fields: ['1.5', '4.1'],
    sectors: ['A', 'O'],
    synonyms: {
      kk: ['шөлейттену', 'жердің тозуы', 'фитомелиорация', 'Арал'],
      ru: ['опустынивание', 'деградация земель', 'фитомелиорация', 'Арал'],
      en: ['land degradation', 'dune stabilisation', 'phytomelioration', 'Aral Sea'],
    },
  },
  {
    code: 'esg-sustainability-reporting',
    labels: { kk: 'ESG және тұрақты даму есептілігі', ru: 'ESG и отчётность об устойчивом развитии', en: 'ESG and sustainability reporting' },
    fields: ['5.2', '2.7'],
    sectors: ['M', 'B', 'K', 'D'],
    synonyms: {
      kk: ['ESG', 'тұрақты даму', 'GRI'],
      ru: ['ESG', 'устойчивое развитие', 'ESG-отчетность', 'GRI'],
      en: ['ESG', 'sustainability reporting', 'GRI', 'non-financial reporting'],
    },
  },

  // ── Economic, social and design methods for industry ──────────────────────────────────────────
  {
    code: 'market-research',
    labels: { kk: 'Маркетингтік зерттеулер', ru: 'Маркетинговые исследования', en: 'Market research' },
    fields: ['5.2'],
    sectors: ['M', 'G'],
    synonyms: {
      kk: ['нарықты зерттеу', 'нарық талдауы', 'тұтынушылар сауалнамасы'],
      ru: ['исследование рынка', 'анализ рынка', 'опросы потребителей', 'фокус-группы'],
      en: ['market analysis', 'market sizing', 'consumer surveys', 'focus groups'],
    },
  },
  {
    code: 'economic-modelling-feasibility',
    labels: { kk: 'Экономикалық модельдеу және ТЭН', ru: 'Экономическое моделирование и ТЭО', en: 'Economic modelling and feasibility studies' },
    fields: ['5.2'],
    sectors: ['M', 'K', 'O'],
    synonyms: {
      kk: ['ТЭН', 'техникалық-экономикалық негіздеме', 'қаржылық модель', 'эконометрика'],
      ru: ['ТЭО', 'технико-экономическое обоснование', 'финансовая модель', 'эконометрика'],
      en: ['feasibility study', 'financial modelling', 'cost-benefit analysis', 'econometrics'],
    },
  },
  {
    code: 'regional-economics',
    labels: {
      kk: 'Өңірлік және кеңістіктік экономикалық талдау',
      ru: 'Региональный и пространственный экономический анализ',
      en: 'Regional and spatial economic analysis',
    },
    fields: ['5.7', '5.2'],
    sectors: ['O', 'M'],
    synonyms: {
      kk: ['өңірлік экономика', 'кластерлік талдау', 'аумақтарды дамыту'],
      ru: ['региональная экономика', 'кластерный анализ', 'развитие территорий', 'пространственное развитие'],
      en: ['regional development', 'cluster analysis', 'spatial economics', 'territorial development'],
    },
  },
  {
    code: 'technology-foresight',
    labels: { kk: 'Технологиялық форсайт және жол карталары', ru: 'Технологический форсайт и дорожные карты', en: 'Technology foresight and roadmapping' },
    fields: ['5.2', '5.9'],
    sectors: ['M', 'O'],
    synonyms: {
      kk: ['форсайт', 'технологиялық жол картасы', 'технологияларды болжау'],
      ru: ['форсайт', 'технологическая дорожная карта', 'прогнозирование технологий'],
      en: ['foresight', 'technology roadmap', 'horizon scanning', 'technology forecasting'],
    },
  },
  {
    code: 'patent-ip',
    labels: {
      kk: 'Патенттік іздеу және зияткерлік меншік',
      ru: 'Патентный поиск и интеллектуальная собственность',
      en: 'Patent search and intellectual property',
    },
    fields: ['5.5'],
    sectors: ['M'],
    synonyms: {
      kk: ['патенттік зерттеулер', 'ЗМ', 'технологиялар трансфері'],
      ru: ['патентные исследования', 'ИС', 'патентный ландшафт', 'трансфер технологий'],
      en: ['IP', 'patent landscaping', 'freedom to operate', 'technology transfer'],
    },
  },
  {
    code: 'standardisation-conformity',
    labels: { kk: 'Стандарттау және сәйкестікті растау', ru: 'Стандартизация и подтверждение соответствия', en: 'Standardisation and conformity assessment' },
    fields: ['2.11', '5.5'],
    sectors: ['M', 'C'],
    synonyms: {
      kk: ['сертификаттау', 'техникалық регламенттер', 'ҚР СТ'],
      ru: ['сертификация', 'технические регламенты', 'разработка стандартов', 'СТ РК'],
      en: ['certification', 'technical regulations', 'standards development', 'product certification'],
    },
  },
  {
    code: 'industrial-design',
    labels: { kk: 'Өнеркәсіптік дизайн', ru: 'Промышленный дизайн', en: 'Industrial design' },
    fields: ['6.4', '2.3'],
    sectors: ['C', 'M'],
    synonyms: {
      kk: ['бұйым дизайны', 'эргономика', 'қаптама дизайны'],
      ru: ['дизайн изделий', 'эргономика', 'дизайн упаковки', 'предметный дизайн'],
      en: ['product design', 'ergonomics', 'packaging design', 'design engineering'],
    },
  },
  {
    code: 'logistics-supply-chain',
    labels: { kk: 'Логистика және жеткізу тізбегін басқару', ru: 'Логистика и управление цепями поставок', en: 'Logistics and supply chain management' },
    fields: ['5.2', '2.11'],
    sectors: ['H', 'G', 'C'],
    synonyms: {
      kk: ['жеткізу тізбегі', 'көлік логистикасы', 'қойма логистикасы'],
      ru: ['цепи поставок', 'SCM', 'транспортная логистика', 'складская логистика'],
      en: ['supply chain', 'SCM', 'transport logistics', 'warehouse optimisation'],
    },
  },
  {
    code: 'sociological-surveys',
    labels: {
      kk: 'Әлеуметтанулық сауалнамалар және қоғамдық пікірді зерттеу',
      ru: 'Социологические опросы и исследования общественного мнения',
      en: 'Sociological surveys and public opinion research',
    },
    fields: ['5.4'],
    sectors: ['M', 'O'],
    synonyms: {
      kk: ['сауалнама', 'қоғамдық пікір', 'фокус-топтар'],
      ru: ['соцопросы', 'анкетирование', 'фокус-группы', 'общественное мнение'],
      en: ['surveys', 'opinion polls', 'focus groups', 'CATI'],
    },
  },
  {
    code: 'workforce-assessment',
    labels: {
      kk: 'Ұйымдық психология және персоналды бағалау',
      ru: 'Организационная психология и оценка персонала',
      en: 'Organisational psychology and workforce assessment',
    },
    fields: ['5.1'],
    sectors: ['M', 'N'],
    synonyms: {
      kk: ['HR-аналитика', 'психометрия', 'қызметкерлерді бағалау'],
      ru: ['HR-аналитика', 'психометрия', 'ассесмент', 'вовлеченность персонала'],
      en: ['HR analytics', 'psychometrics', 'personnel assessment', 'employee engagement'],
    },
  },
  {
    code: 'edtech-corporate-training',
    labels: {
      kk: 'Білім беру технологиялары және корпоративтік оқыту',
      ru: 'Образовательные технологии и корпоративное обучение',
      en: 'Educational technology and corporate training',
    },
    fields: ['5.3', '1.2'],
    sectors: ['P', 'J'],
    synonyms: {
      kk: ['EdTech', 'электрондық оқыту', 'біліктілікті арттыру'],
      ru: ['EdTech', 'электронное обучение', 'повышение квалификации', 'LMS'],
      en: ['EdTech', 'e-learning', 'upskilling', 'learning management systems'],
    },
  },
  {
    code: 'cultural-heritage-digitisation',
    labels: { kk: 'Мәдени мұраны цифрландыру', ru: 'Оцифровка культурного наследия', en: 'Cultural heritage digitisation' },
    fields: ['6.1', '1.2'],
    sectors: ['R', 'J'],
    synonyms: {
      kk: ['цифрландыру', 'цифрлық мұрағаттар', 'мұражай коллекциялары'],
      ru: ['оцифровка', 'цифровые архивы', 'музейные коллекции'],
      en: ['digitisation', 'digital archives', 'museum digitisation', '3D heritage'],
    },
  },
] satisfies CheckedCapability[];

/** The codes of all capability tags, in the order of the list. */
export const capabilityCodes: string[] = capabilities.map((capability) => capability.code);
