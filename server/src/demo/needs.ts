import type { CreateNeed } from '@kopir/shared';

export interface DemoNeed {
  /** The company's English name, exactly as in organisations.ts. */
  organisation: string;
  need: CreateNeed;
}

/**
 * Demo R&D needs of the demo companies. Written for this project: the companies, their figures
 * and their needs are fictional, though realistic for each company's industry and region. Most are
 * written in Russian or Kazakh and a few in English, and several are meant to find a lab in
 * labs.ts that is described in another language (electrolyser tests ↔ the Kazakh-language hydrogen
 * lab, irrigation ↔ the English-language irrigation lab, cotton breeding ↔ the Russian-language
 * plant breeding lab, and others). Three are confidential, so their details show only to the
 * company and the people it shares them with.
 */
export const demoNeeds: DemoNeed[] = [
  // ── Dala Agritech, Kostanay ───────────────────────────────────────────────────────────────────
  {
    organisation: 'Dala Agritech LLP',
    need: {
      title: 'Точный полив картофеля и овощей по датчикам влажности почвы на 2 000 га',
      description: {
        ru: 'На орошаемых участках под картофелем и овощами в Костанайской области работают дождевальные машины кругового действия, полив идёт по фиксированному графику. Нужно внедрить сеть датчиков влажности почвы и модель эвапотранспирации, которая будет управлять поливными нормами, и за два сезона доказать снижение расхода воды не менее чем на 25% без потери урожайности. Ожидаем пилот на 200 га с последующим масштабированием на 2 000 га.',
      },
      sectors: ['A'],
      capabilities: ['precision-irrigation', 'internet-of-things', 'soil-analysis', 'agrometeorology'],
      researchFields: ['4.1', '2.7'],
      trlTarget: 7,
      budgetMinKzt: 40_000_000,
      budgetMaxKzt: 90_000_000,
      deadlineOn: '2027-09-30',
      regionCode: 'KZ-39',
      territoryCode: null,
      visibility: 'public',
    },
  },
  {
    organisation: 'Dala Agritech LLP',
    need: {
      title: 'Satellite and drone monitoring of 40,000 ha of spring wheat',
      description: {
        en: 'We farm 40,000 ha of spring wheat and barley north of Kostanay and want field-level crop monitoring from Sentinel-2 imagery and multispectral drone flights. The system should map crop condition every 5–10 days, produce variable-rate nitrogen maps that our John Deere and Amazone spreaders can use, and forecast the yield of each field with an error below 10% by mid-July. We expect a working pilot on 5,000 ha in the 2027 season.',
      },
      sectors: ['A'],
      capabilities: ['precision-agriculture', 'remote-sensing', 'agro-drones', 'machine-learning', 'gis'],
      researchFields: ['4.1', '1.5', '1.2'],
      trlTarget: 7,
      budgetMinKzt: 25_000_000,
      budgetMaxKzt: 50_000_000,
      deadlineOn: '2027-04-15',
      regionCode: 'KZ-39',
      territoryCode: null,
      visibility: 'public',
    },
  },
  {
    organisation: 'Dala Agritech LLP',
    need: {
      title: 'Астық сақтаудағы шығынды азайту: температура мен ылғалдылықты сымсыз бақылау',
      description: {
        kk: 'Жалпы сыйымдылығы 60 мың тонна болатын силостарымыз бен астық жеңдерімізде жыл сайын астықтың 2–3%-ы өздігінен қызу мен қойма зиянкестерінің әсерінен бүлінеді. Сымсыз температура және ылғалдылық датчиктеріне негізделген бақылау жүйесін және белсенді желдету режимдерін әзірлеп, бір маусым бойы сынау қажет. Мақсат — шығынды 1%-дан төмен түсіру және микотоксиндердің жиналу қаупін ерте анықтау.',
      },
      sectors: ['A', 'H'],
      capabilities: ['grain-storage', 'sensor-development', 'internet-of-things', 'food-safety-testing'],
      researchFields: ['4.1', '2.2'],
      trlTarget: 6,
      budgetMinKzt: 15_000_000,
      budgetMaxKzt: 35_000_000,
      deadlineOn: '2027-10-31',
      regionCode: 'KZ-39',
      territoryCode: null,
      visibility: 'public',
    },
  },

  // ── Caspian Petrochem Solutions, Atyrau ───────────────────────────────────────────────────────
  {
    organisation: 'Caspian Petrochem Solutions LLP',
    need: {
      title: 'Мұнай құбырына арналған коррозия және парафин шөгінділерінің кешенді ингибиторы',
      description: {
        kk: 'Атырау облысындағы кен орындарынан мұнай тасымалдайтын ұзындығы 120 км құбырда парафин шөгінділері мен күкіртсутекті коррозия жиі кездеседі. Отандық шикізаттан жасалған кешенді ингибитор әзірлеп, оның тиімділігін зертханада («суық саусақ» қондырғысы, автоклав) және 3 айлық тәжірибелік-өнеркәсіптік сынақта дәлелдеу қажет. Талаптар: коррозия жылдамдығы жылына 0,1 мм-ден аспауы және парафин шөгінділерінің кемінде 70%-ға азаюы.',
      },
      sectors: ['B', 'C', 'H'],
      capabilities: ['oilfield-chemicals', 'corrosion-protection', 'pipeline-integrity', 'petroleum-testing'],
      researchFields: ['2.4', '1.4'],
      trlTarget: 7,
      budgetMinKzt: 60_000_000,
      budgetMaxKzt: 120_000_000,
      deadlineOn: '2027-05-31',
      regionCode: 'KZ-23',
      territoryCode: null,
      visibility: 'public',
    },
  },
  {
    organisation: 'Caspian Petrochem Solutions LLP',
    need: {
      title: 'Отечественный катализатор изомеризации лёгкой бензиновой фракции',
      description: {
        ru: 'Установка изомеризации фракции НК–70 °C мощностью 450 тыс. т/год работает на импортном хлорированном алюмоплатиновом катализаторе; замена загрузки 38 т обходится более чем в 6 млн долларов, а поставщик сократил гарантийный срок до четырёх лет. Ищем партнёра для разработки и испытания альтернативного катализатора на основе сульфатированного оксида циркония, дающего изомеризат с октановым числом не ниже 88 по исследовательскому методу. Требуются пилотные испытания на нашем сырье продолжительностью не менее 1 000 часов; состав катализатора и результаты испытаний остаются собственностью компании.',
      },
      sectors: ['C'],
      capabilities: ['catalysis', 'petrochemistry-refining', 'chemical-process-engineering', 'chromatography'],
      researchFields: ['2.4', '1.4'],
      trlTarget: 5,
      budgetMinKzt: 150_000_000,
      budgetMaxKzt: 300_000_000,
      deadlineOn: '2027-11-30',
      regionCode: 'KZ-23',
      territoryCode: null,
      visibility: 'confidential',
    },
  },

  // ── Alatau Digital, Almaty ────────────────────────────────────────────────────────────────────
  {
    organisation: 'Alatau Digital JSC',
    need: {
      title: 'Распознавание казахской и смешанной казахско-русской речи для колл-центра',
      description: {
        ru: 'Обрабатываем более 50 тысяч звонков в сутки для банков и операторов связи; около 60% разговоров идёт на казахском языке или с переключением между казахским и русским. Нужна модель распознавания речи с WER не выше 15% на телефонном аудио 8 кГц, развёртываемая на наших серверах, и модуль определения тематики и тональности звонков. Пилот — на 500 часах размеченных записей заказчика с выходом на промышленную эксплуатацию (TRL 7).',
      },
      sectors: ['J', 'K'],
      capabilities: ['speech-recognition', 'kazakh-language-processing', 'natural-language-processing', 'machine-learning'],
      researchFields: ['1.2', '6.2'],
      trlTarget: 7,
      budgetMinKzt: 70_000_000,
      budgetMaxKzt: 140_000_000,
      deadlineOn: '2027-03-31',
      regionCode: 'KZ-75',
      territoryCode: 'alatau-pit',
      visibility: 'public',
    },
  },
  {
    organisation: 'Alatau Digital JSC',
    need: {
      title: 'Сорап станцияларына арналған болжамды техникалық қызмет көрсету модулі',
      description: {
        kk: 'Өнеркәсіптік кәсіпорындарға IoT платформасын ұсынамыз және оған жабдық ақауларын алдын ала болжайтын модуль қосқымыз келеді. Серіктестен діріл мен температура деректері бойынша сорап пен компрессорлардың ақауларын кемінде 2 апта бұрын анықтайтын машиналық оқыту модельдерін жасау және оларды шеткі есептеу құрылғыларында іске қосу күтіледі. Пилот — клиенттің су құбыры сорап станциясындағы 40 агрегатта 6 ай бойы.',
      },
      sectors: ['J', 'E', 'C'],
      capabilities: ['vibration-diagnostics', 'machine-learning', 'internet-of-things', 'edge-computing', 'time-series-forecasting'],
      researchFields: ['1.2', '2.2'],
      trlTarget: 6,
      budgetMinKzt: 35_000_000,
      budgetMaxKzt: 70_000_000,
      deadlineOn: '2027-06-30',
      regionCode: 'KZ-75',
      territoryCode: 'alatau-pit',
      visibility: 'public',
    },
  },

  // ── Tulpar BioPharm, Astana ───────────────────────────────────────────────────────────────────
  {
    organisation: 'Tulpar BioPharm LLP',
    need: {
      title: 'Инсулин гларгин өндірісіне арналған продуцент штамм және ферменттеу технологиясы',
      description: {
        kk: 'Компания Астанада инсулин препараттарын шығаруды жоспарлап отыр, сондықтан Pichia pastoris немесе E. coli негізіндегі жоғары өнімді продуцент штамм қажет. Серіктес штаммды құрастырып, 100 л ферментерге дейін масштабтауды, хроматографиялық тазартуды және тазалығы кемінде 98% субстанцияның үш тәжірибелік партиясын шығаруды орындауы тиіс. Нәтижесінде технологиялық регламент пен технология трансферінің құжаттары күтіледі.',
      },
      sectors: ['C'],
      capabilities: ['recombinant-proteins', 'microbial-strain-development', 'fermentation-bioprocess', 'chromatography'],
      researchFields: ['2.9', '3.4'],
      trlTarget: 5,
      budgetMinKzt: 200_000_000,
      budgetMaxKzt: 400_000_000,
      deadlineOn: '2027-12-31',
      regionCode: 'KZ-71',
      territoryCode: null,
      visibility: 'public',
    },
  },
  {
    organisation: 'Tulpar BioPharm LLP',
    need: {
      title: 'Preclinical package for the trastuzumab biosimilar candidate TBP-201',
      description: {
        en: 'Our trastuzumab biosimilar candidate TBP-201 has completed cell line development (titre 3.2 g/L in fed-batch) and needs a comparative preclinical package against the reference product before we apply for a clinical trial permit. Scope: comparative pharmacokinetics in rats, 28-day repeat-dose toxicity in rabbits, and LC-MS/MS and ELISA methods for the antibody in serum, validated to GLP principles. Cell line data, process details and the planned launch markets are shared only under an NDA.',
      },
      sectors: ['C', 'Q'],
      capabilities: ['preclinical-studies', 'monoclonal-antibodies', 'immunoassays', 'mass-spectrometry'],
      researchFields: ['3.1', '3.4'],
      trlTarget: 5,
      budgetMinKzt: 180_000_000,
      budgetMaxKzt: 350_000_000,
      deadlineOn: '2027-09-30',
      regionCode: 'KZ-71',
      territoryCode: null,
      visibility: 'confidential',
    },
  },

  // ── Saryarqa Machine Building, Karaganda ──────────────────────────────────────────────────────
  {
    organisation: 'Saryarqa Machine Building LLP',
    need: {
      title: 'Износостойкое покрытие для зубьев ковшей и футеровок дробилок',
      description: {
        ru: 'Производим запасные части для горнодобывающих предприятий Карагандинской области; зубья ковшей экскаваторов и футеровочные плиты дробилок изнашиваются за 400–600 моточасов. Нужна технология наплавки или газотермического напыления, увеличивающая ресурс деталей в 2 раза, с испытаниями на абразивный износ по ASTM G65 и опытной партией из 50 деталей для промышленной проверки. Технология должна внедряться на нашем оборудовании, а стоимость упрочнения не должна превышать 15% цены детали.',
      },
      sectors: ['C', 'B'],
      capabilities: ['thermal-spray-coatings', 'tribology', 'metallurgy-heat-treatment', 'mechanical-testing'],
      researchFields: ['2.5', '2.3'],
      trlTarget: 7,
      budgetMinKzt: 40_000_000,
      budgetMaxKzt: 75_000_000,
      deadlineOn: '2027-07-31',
      regionCode: 'KZ-35',
      territoryCode: null,
      visibility: 'public',
    },
  },
  {
    organisation: 'Saryarqa Machine Building LLP',
    need: {
      title: 'Роботизированная сварочная ячейка для рам ленточных конвейеров',
      description: {
        ru: 'Рамы и роликоопоры ленточных конвейеров сейчас свариваются вручную, брак по результатам ультразвукового контроля достигает 8%. Нужен проект роботизированной ячейки с позиционером и оснасткой, разработка и аттестация технологии сварки (WPS/PQR), программы для робота и обучение шести операторов. Целевые показатели: производительность выше в 2,5 раза, брак не более 2%.',
      },
      sectors: ['C'],
      capabilities: ['welding-technology', 'industrial-robotics', 'non-destructive-testing', 'plc-programming'],
      researchFields: ['2.3', '2.5'],
      trlTarget: 8,
      budgetMinKzt: 90_000_000,
      budgetMaxKzt: 160_000_000,
      deadlineOn: '2027-10-31',
      regionCode: 'KZ-35',
      territoryCode: null,
      visibility: 'public',
    },
  },

  // ── Mangystau Green Hydrogen, Aktau ───────────────────────────────────────────────────────────
  {
    organisation: 'Mangystau Green Hydrogen LLP',
    need: {
      title: 'Испытания PEM-электролизёра на опреснённой морской воде Каспия',
      description: {
        ru: 'Готовим пилотную установку производства зелёного водорода мощностью 5 МВт с питанием от ветровой электростанции. Нужен партнёр, который испытает стек PEM-электролизёра мощностью до 10 кВт на опреснённой каспийской воде в режиме переменной нагрузки не менее 2 000 часов и оценит деградацию мембранно-электродных блоков. Ожидаем рекомендации по водоподготовке и протокол испытаний, достаточный для подтверждения TRL 6.',
      },
      sectors: ['D', 'C'],
      capabilities: ['hydrogen-electrolysis', 'electrochemistry', 'desalination', 'water-treatment'],
      researchFields: ['2.7', '1.4'],
      trlTarget: 6,
      budgetMinKzt: 80_000_000,
      budgetMaxKzt: 150_000_000,
      deadlineOn: '2027-06-30',
      regionCode: 'KZ-47',
      territoryCode: null,
      visibility: 'public',
    },
  },
  {
    organisation: 'Mangystau Green Hydrogen LLP',
    need: {
      title: 'Электролизерді қоректендіретін жел-күн гибридті жүйесінің қуатын есептеу',
      description: {
        kk: 'Ақтау маңындағы 5 МВт электролиз қондырғысын тұрақты қуатпен қамтамасыз ету үшін жел және күн электр станциялары мен аккумуляторлық жинақтағыштың оңтайлы қуатын анықтау қажет. Серіктестен Маңғыстаудың кемінде бір жылдық жел және күн деректері негізінде модельдеу, электр энергиясы мен сутегінің келтірілген құнын (LCOE, LCOH) есептеу және желіге қосылу шарттарын талдау күтіледі. Нәтиже — инвестициялық шешім қабылдауға жарамды техникалық-экономикалық есеп.',
      },
      sectors: ['D'],
      capabilities: ['hybrid-renewable-systems', 'wind-energy', 'solar-photovoltaics', 'energy-storage-systems', 'economic-modelling-feasibility'],
      researchFields: ['2.2', '2.7', '5.2'],
      trlTarget: 5,
      budgetMinKzt: 30_000_000,
      budgetMaxKzt: 60_000_000,
      deadlineOn: '2027-03-31',
      regionCode: 'KZ-47',
      territoryCode: null,
      visibility: 'public',
    },
  },

  // ── Ertis Metallurgy Works, Oskemen ───────────────────────────────────────────────────────────
  {
    organisation: 'Ertis Metallurgy Works JSC',
    need: {
      title: 'Indium and germanium recovery from zinc leach residues',
      description: {
        en: 'Our zinc plant stores about 140,000 t of leach residue assaying 180–250 g/t indium and 60–90 g/t germanium, which now goes to Waelz kilns without either metal being recovered. We need a hydrometallurgical flowsheet (leaching followed by solvent extraction or ion exchange) recovering at least 70% of the indium, proven at enlarged laboratory scale on 200 kg of our residue, with a mass balance and a capital cost estimate. Residue assays and the plant flowsheet are confidential and are provided after an NDA.',
      },
      sectors: ['C', 'B'],
      capabilities: ['hydrometallurgy', 'waste-recycling', 'mass-spectrometry', 'economic-modelling-feasibility'],
      researchFields: ['2.5', '2.4'],
      trlTarget: 5,
      budgetMinKzt: 100_000_000,
      budgetMaxKzt: 220_000_000,
      deadlineOn: '2027-08-31',
      regionCode: 'KZ-63',
      territoryCode: null,
      visibility: 'confidential',
    },
  },

  // ── Turkistan Cotton Innovations, Turkistan ───────────────────────────────────────────────────
  {
    organisation: 'Turkistan Cotton Innovations LLP',
    need: {
      title: 'Құрғақшылыққа және тұздануға төзімді мақта сорттарын шығару',
      description: {
        kk: 'Түркістан облысындағы мақта алқаптарының үштен бірі орташа және қатты тұзданған, ал суару суы жыл сайын жетіспейді. Маркерлер көмегімен сұрыптау әдісін қолданып, суды 30%-ға аз қажет ететін, тұзданған топырақта гектарына кемінде 30 центнер шитті мақта беретін, талшық ұзындығы 33 мм-ден кем емес сорт немесе линиялар алу қажет. Серіктестен генотиптеу, үш жылдық далалық сынақтар және бастапқы тұқым шаруашылығын ұйымдастыру күтіледі.',
      },
      sectors: ['A'],
      capabilities: ['plant-breeding', 'drought-tolerant-varieties', 'dna-genotyping', 'seed-production'],
      researchFields: ['4.1', '4.4'],
      trlTarget: 6,
      budgetMinKzt: 120_000_000,
      budgetMaxKzt: 250_000_000,
      deadlineOn: '2027-12-31',
      regionCode: 'KZ-61',
      territoryCode: null,
      visibility: 'public',
    },
  },
  {
    organisation: 'Turkistan Cotton Innovations LLP',
    need: {
      title: 'Биопестицид против хлопковой совки для органического хлопка',
      description: {
        ru: 'Переводим 3 000 га на выращивание органического хлопка и ищем биологическую замену химическим инсектицидам против хлопковой совки (Helicoverpa armigera). Нужен препарат на основе местного штамма Bacillus thuringiensis или энтомопатогенного гриба с биологической эффективностью не ниже 80% в полевых испытаниях и технология его наработки в ферментёре. Результат — регламент производства и данные для государственной регистрации препарата в Казахстане.',
      },
      sectors: ['A', 'C'],
      capabilities: ['biofertilisers-biopesticides', 'integrated-pest-management', 'microbial-strain-development', 'fermentation-bioprocess'],
      researchFields: ['2.9', '4.4'],
      trlTarget: 6,
      budgetMinKzt: 45_000_000,
      budgetMaxKzt: 80_000_000,
      deadlineOn: '2027-08-31',
      regionCode: 'KZ-61',
      territoryCode: null,
      visibility: 'public',
    },
  },
];
