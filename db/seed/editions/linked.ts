/**
 * The demo newsroom's translated stories. Each is an "event": structured facts (a kind of story,
 * a place, a person, an organisation, numbers) rendered by hand-written templates in English,
 * Russian and Arabic that say the same thing (same facts, same quote, same numbers), so a reader
 * who switches language reads the same story. The translations share a `translationKey`, the
 * picture and the body's shape (quote, heading, list, picture and video in the same places).
 *
 * Numbers are chosen so the nouns after them keep one form in Russian and Arabic (round
 * hundreds of trucks, 11–19 hours, 3–9 provinces), which keeps the templates honest without a
 * grammar engine. All people, companies, clubs and institutes are invented.
 */
import type { Block } from '@/lib/content/blocks';
import { slugify } from '@/lib/urls';
import { fileCaption } from '../content';
import { createRandom, mixSeed, type Random } from '../random';
import type { SeedArticle } from '../types';
import { AR_CAPTIONS } from './ar';
import { RU_CAPTIONS } from './ru';
import { captionFor, floorToSecond, MINUTE, pickPicture, ruPlural, WINDOW, youtubeUrl } from './shared';

export type Lang = 'en' | 'ru' | 'ar';
export const LANGS: readonly Lang[] = ['en', 'ru', 'ar'];

type Region = 'world' | 'me' | 'africa' | 'india';
interface LinkedPlace {
  region: Region;
  en: { country: string; city: string };
  ru: {
    strana: string;
    strany: string;
    vStrane: string;
    sStranoy: string;
    city: string;
    vCity: string;
    cityGen: string;
  };
  ar: { country: string; city: string };
}
const LP = (
  region: Region,
  en: [string, string],
  ru: [string, string, string, string, string, string, string],
  ar: [string, string],
): LinkedPlace => ({
  region,
  en: { country: en[0], city: en[1] },
  ru: {
    strana: ru[0],
    strany: ru[1],
    vStrane: ru[2],
    sStranoy: ru[3],
    city: ru[4],
    vCity: ru[5],
    cityGen: ru[6],
  },
  ar: { country: ar[0], city: ar[1] },
});

const PLACES: readonly LinkedPlace[] = [
  LP(
    'world',
    ['France', 'Paris'],
    ['Франция', 'Франции', 'во Франции', 'с Францией', 'Париж', 'в Париже', 'Парижа'],
    ['فرنسا', 'باريس'],
  ),
  LP(
    'world',
    ['Germany', 'Berlin'],
    ['Германия', 'Германии', 'в Германии', 'с Германией', 'Берлин', 'в Берлине', 'Берлина'],
    ['ألمانيا', 'برلين'],
  ),
  LP(
    'world',
    ['Turkey', 'Ankara'],
    ['Турция', 'Турции', 'в Турции', 'с Турцией', 'Анкара', 'в Анкаре', 'Анкары'],
    ['تركيا', 'أنقرة'],
  ),
  LP(
    'world',
    ['Brazil', 'Brasília'],
    ['Бразилия', 'Бразилии', 'в Бразилии', 'с Бразилией', 'Бразилиа', 'в Бразилиа', 'Бразилиа'],
    ['البرازيل', 'برازيليا'],
  ),
  LP(
    'world',
    ['Japan', 'Tokyo'],
    ['Япония', 'Японии', 'в Японии', 'с Японией', 'Токио', 'в Токио', 'Токио'],
    ['اليابان', 'طوكيو'],
  ),
  LP(
    'world',
    ['Indonesia', 'Jakarta'],
    ['Индонезия', 'Индонезии', 'в Индонезии', 'с Индонезией', 'Джакарта', 'в Джакарте', 'Джакарты'],
    ['إندونيسيا', 'جاكرتا'],
  ),
  LP(
    'world',
    ['Kazakhstan', 'Astana'],
    ['Казахстан', 'Казахстана', 'в Казахстане', 'с Казахстаном', 'Астана', 'в Астане', 'Астаны'],
    ['كازاخستان', 'أستانا'],
  ),
  LP(
    'world',
    ['Italy', 'Rome'],
    ['Италия', 'Италии', 'в Италии', 'с Италией', 'Рим', 'в Риме', 'Рима'],
    ['إيطاليا', 'روما'],
  ),
  LP(
    'world',
    ['Argentina', 'Buenos Aires'],
    ['Аргентина', 'Аргентины', 'в Аргентине', 'с Аргентиной', 'Буэнос-Айрес', 'в Буэнос-Айресе', 'Буэнос-Айреса'],
    ['الأرجنتين', 'بوينس آيرس'],
  ),
  LP(
    'world',
    ['Vietnam', 'Hanoi'],
    ['Вьетнам', 'Вьетнама', 'во Вьетнаме', 'с Вьетнамом', 'Ханой', 'в Ханое', 'Ханоя'],
    ['فيتنام', 'هانوي'],
  ),
  LP(
    'me',
    ['Egypt', 'Cairo'],
    ['Египет', 'Египта', 'в Египте', 'с Египтом', 'Каир', 'в Каире', 'Каира'],
    ['مصر', 'القاهرة'],
  ),
  LP(
    'me',
    ['Jordan', 'Amman'],
    ['Иордания', 'Иордании', 'в Иордании', 'с Иорданией', 'Амман', 'в Аммане', 'Аммана'],
    ['الأردن', 'عمّان'],
  ),
  LP(
    'me',
    ['Saudi Arabia', 'Riyadh'],
    [
      'Саудовская Аравия',
      'Саудовской Аравии',
      'в Саудовской Аравии',
      'с Саудовской Аравией',
      'Эр-Рияд',
      'в Эр-Рияде',
      'Эр-Рияда',
    ],
    ['السعودية', 'الرياض'],
  ),
  LP(
    'me',
    ['Qatar', 'Doha'],
    ['Катар', 'Катара', 'в Катаре', 'с Катаром', 'Доха', 'в Дохе', 'Дохи'],
    ['قطر', 'الدوحة'],
  ),
  LP(
    'me',
    ['Morocco', 'Rabat'],
    ['Марокко', 'Марокко', 'в Марокко', 'с Марокко', 'Рабат', 'в Рабате', 'Рабата'],
    ['المغرب', 'الرباط'],
  ),
  LP(
    'me',
    ['Algeria', 'Algiers'],
    ['Алжир', 'Алжира', 'в Алжире', 'с Алжиром', 'Алжир', 'в Алжире', 'Алжира'],
    ['الجزائر', 'الجزائر العاصمة'],
  ),
  LP(
    'africa',
    ['Kenya', 'Nairobi'],
    ['Кения', 'Кении', 'в Кении', 'с Кенией', 'Найроби', 'в Найроби', 'Найроби'],
    ['كينيا', 'نيروبي'],
  ),
  LP(
    'africa',
    ['Nigeria', 'Abuja'],
    ['Нигерия', 'Нигерии', 'в Нигерии', 'с Нигерией', 'Абуджа', 'в Абудже', 'Абуджи'],
    ['نيجيريا', 'أبوجا'],
  ),
  LP(
    'africa',
    ['Ghana', 'Accra'],
    ['Гана', 'Ганы', 'в Гане', 'с Ганой', 'Аккра', 'в Аккре', 'Аккры'],
    ['غانا', 'أكرا'],
  ),
  LP(
    'india',
    ['India', 'New Delhi'],
    ['Индия', 'Индии', 'в Индии', 'с Индией', 'Нью-Дели', 'в Нью-Дели', 'Нью-Дели'],
    ['الهند', 'نيودلهي'],
  ),
];

/** Russian river cities for the bridge stories: [en city, river; ru city, vCity, cityGen, river (acc.); ar city, river]. */
const RIVER_CITIES: readonly (readonly [string, string, string, string, string, string, string, string])[] = [
  ['Kazan', 'the Volga', 'Казань', 'в Казани', 'Казани', 'Волгу', 'قازان', 'نهر الفولغا'],
  ['Novosibirsk', 'the Ob', 'Новосибирск', 'в Новосибирске', 'Новосибирска', 'Обь', 'نوفوسيبيرسك', 'نهر أوب'],
  ['Krasnoyarsk', 'the Yenisei', 'Красноярск', 'в Красноярске', 'Красноярска', 'Енисей', 'كراسنويارسك', 'نهر ينيسي'],
  ['Khabarovsk', 'the Amur', 'Хабаровск', 'в Хабаровске', 'Хабаровска', 'Амур', 'خاباروفسك', 'نهر آمور'],
  [
    'Nizhny Novgorod',
    'the Oka',
    'Нижний Новгород',
    'в Нижнем Новгороде',
    'Нижнего Новгорода',
    'Оку',
    'نيجني نوفغورود',
    'نهر أوكا',
  ],
  ['Yakutsk', 'the Lena', 'Якутск', 'в Якутске', 'Якутска', 'Лену', 'ياكوتسك', 'نهر لينا'],
  ['Irkutsk', 'the Angara', 'Иркутск', 'в Иркутске', 'Иркутска', 'Ангару', 'إيركوتسك', 'نهر أنغارا'],
];

type Three = readonly [string, string, string];
/** [en, ru, ar, 'm' | 'f'] */
const PEOPLE: readonly (readonly [string, string, string, 'm' | 'f'])[] = [
  ['Karim Haddad', 'Карим Хаддад', 'كريم حداد', 'm'],
  ['Leila Mansour', 'Лейла Мансур', 'ليلى منصور', 'f'],
  ['Amina Osei', 'Амина Осей', 'أمينة أوسي', 'f'],
  ['Pavel Sokolov', 'Павел Соколов', 'بافل سوكولوف', 'm'],
  ['Sofia Castillo', 'София Кастильо', 'صوفيا كاستيو', 'f'],
  ['Rahul Iyer', 'Рахул Айер', 'راهول آيير', 'm'],
  ['Ingrid Halvorsen', 'Ингрид Хальворсен', 'إنغريد هالفورسن', 'f'],
  ['Tariq Demir', 'Тарик Демир', 'طارق دمير', 'm'],
  ['Yusuf Al-Rashid', 'Юсуф аль-Рашид', 'يوسف الراشد', 'm'],
  ['Mei Tanaka', 'Мэй Танака', 'مي تاناكا', 'f'],
  ['Viktor Grigoriev', 'Виктор Григорьев', 'فيكتور غريغورييف', 'm'],
  ['Nadia Ferreira', 'Надя Феррейра', 'نادية فيريرا', 'f'],
  ['Hugo Delacroix', 'Юго Делакруа', 'هوغو ديلاكروا', 'm'],
  ['Zanele Mwangi', 'Занеле Мванги', 'زانيلي موانغي', 'f'],
];
/** Institutes: [en, ru (genitive), ar] */
const ORGS: readonly Three[] = [
  [
    'the Geneva Centre for Regional Security',
    'Женевского центра региональной безопасности',
    'مركز جنيف للأمن الإقليمي',
  ],
  ['the Horizon Economics Institute', 'Института экономики «Горизонт»', 'معهد الأفق للاقتصاد'],
  [
    'the Centre for Global Economic Studies',
    'Центра глобальных экономических исследований',
    'مركز الدراسات الاقتصادية العالمية',
  ],
  ['the Southern Research Council', 'Южного исследовательского совета', 'مجلس البحوث الجنوبي'],
  ['the Institute for Strategic Dialogue', 'Института стратегического диалога', 'معهد الحوار الاستراتيجي'],
];
/** Disputes: [en, ru (genitive), ar] */
const ISSUES: readonly Three[] = [
  ['water rights', 'водных ресурсов', 'المياه'],
  ['the maritime border', 'морской границы', 'الحدود البحرية'],
  ['gas transit', 'транзита газа', 'عبور الغاز'],
  ['fishing rights', 'прав на рыболовство', 'حقوق الصيد'],
  ['migration', 'миграционной политики', 'الهجرة'],
];
const COMPANIES: readonly Three[] = [
  ['Northline Shipping', '«Нортлайн Шиппинг»', '«نورثلاين للشحن»'],
  ['Meridian Ports Group', '«Меридиан Портс Груп»', '«ميريديان للموانئ»'],
  ['Eastgate Terminals', '«Истгейт Терминалс»', '«إيستغيت للمحطات»'],
];
/** Clubs: [en, ru (in «»: indeclinable here), ar] */
const CLUBS: readonly Three[] = [
  ['Falcons', '«Сокол»', 'الصقور'],
  ['Hurricane', '«Ураган»', 'الإعصار'],
  ['Meteor', '«Метеор»', 'الشهاب'],
  ['Lighthouse', '«Маяк»', 'المنارة'],
  ['Granite', '«Гранит»', 'الغرانيت'],
  ['Thunder', '«Гром»', 'الرعد'],
];
const SATELLITES: readonly Three[] = [
  ['Horizon-3', '«Горизонт-3»', '«أفق-3»'],
  ['Lantern-2', '«Фонарь-2»', '«فانوس-2»'],
  ['Swift-5', '«Стриж-5»', '«سنونو-5»'],
  ['Beacon-1', '«Маяк-1»', '«منارة-1»'],
  ['Kestrel-6', '«Пустельга-6»', '«عوسق-6»'],
  ['Compass-4', '«Компас-4»', '«بوصلة-4»'],
];
const STARTUPS: readonly Three[] = [
  ['Tessera Labs', '«Тессера Лабс»', '«تيسيرا لابس»'],
  ['Nuvola Health', '«Нувола Хелс»', '«نوفولا هيلث»'],
  ['Sahra Robotics', '«Сахра Роботикс»', '«صحراء روبوتكس»'],
  ['Kora Data', '«Кора Дата»', '«كورا داتا»'],
];
/** [en, ru (accusative after «на»), ar] */
const TECH: readonly Three[] = [
  [
    'speech recognition for local languages',
    'распознавание речи на местных языках',
    'نظام للتعرف على الكلام باللغات المحلية',
  ],
  ['AI tools for hospital diagnostics', 'ИИ-диагностику для больниц', 'أدوات ذكاء اصطناعي للتشخيص في المستشفيات'],
  ['delivery robots', 'роботов-курьеров', 'روبوتات لتوصيل الطلبات'],
  ['crop-monitoring drones', 'дроны для мониторинга посевов', 'طائرات مسيّرة لمراقبة المحاصيل'],
];
const FUNDS: readonly Three[] = [
  ['the Crescent Ventures fund', 'фонд «Кресент Венчурс»', 'صندوق «كريسنت فنتشرز»'],
  ['the Baobab Capital fund', 'фонд «Баобаб Кэпитал»', 'صندوق «باوباب كابيتال»'],
];

const MONTHS: readonly Three[] = [
  ['January', 'в январе', 'يناير'],
  ['February', 'в феврале', 'فبراير'],
  ['March', 'в марте', 'مارس'],
  ['April', 'в апреле', 'أبريل'],
  ['May', 'в мае', 'مايو'],
  ['June', 'в июне', 'يونيو'],
  ['July', 'в июле', 'يوليو'],
  ['August', 'в августе', 'أغسطس'],
  ['September', 'в сентябре', 'سبتمبر'],
  ['October', 'в октябре', 'أكتوبر'],
  ['November', 'в ноябре', 'نوفمبر'],
  ['December', 'в декабре', 'ديسمبر'],
];
const WEEKDAYS: readonly Three[] = [
  ['Monday', 'в понедельник', 'الاثنين'],
  ['Tuesday', 'во вторник', 'الثلاثاء'],
  ['Wednesday', 'в среду', 'الأربعاء'],
  ['Thursday', 'в четверг', 'الخميس'],
  ['Friday', 'в пятницу', 'الجمعة'],
];

/** One event's facts: everything a template needs, chosen once for all three languages. */
interface Facts {
  p: LinkedPlace;
  p2: LinkedPlace;
  person: (typeof PEOPLE)[number];
  org: Three;
  issue: Three;
  month: Three;
  weekday: Three;
  /** Kind-specific picks (a river city, a club pair…) and numbers. */
  pick: Random;
  n: Record<string, number>;
  x: Record<string, Three>;
}

/** A story's text in one language. */
interface Text {
  title: string;
  lede: string;
  paragraphs: string[];
  quote: string;
  attribution: string;
  heading: string;
  list: string[];
  video: string;
}

interface Kind {
  key: string;
  count: number;
  /** The places this kind's events happen in (distinct per event). */
  places: (f: { region: Region }) => boolean;
  /** Numbers and named things, from the event's random. */
  facts: (r: Random, f: Facts) => void;
  en: { section: (p: LinkedPlace) => string; tags: (p: LinkedPlace) => string[]; authors: string[] };
  ru: { section: string; tags: string[]; authors: number[] };
  ar: { section: (p: LinkedPlace) => string; tags: string[]; authors: number[] };
  text: Record<Lang, (f: Facts) => Text>;
}

const dec = (lang: Lang, v: number, digits = 1) => {
  const s = v.toFixed(digits).replace(/\.?0+$/, '');
  return lang === 'ru' ? s.replace('.', ',') : s;
};
const thousands = (n: number) => n.toLocaleString('en-GB');
const ordinal = (n: number) => {
  const m100 = n % 100;
  const suffix = m100 >= 11 && m100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const femAr = (f: Facts, m: string, fem: string) => (f.person[3] === 'f' ? fem : m);
const enWorld = (p: LinkedPlace) => (p.region === 'africa' ? 'africa' : p.region === 'india' ? 'india' : 'world-news');
const arWorld = (p: LinkedPlace) => (p.region === 'me' ? 'الشرق الأوسط' : 'العالم');
const enRegionTags = (p: LinkedPlace) => (p.region === 'me' ? ['middle-east'] : []);

const FLIGHTS: Kind = {
  key: 'flights',
  count: 7,
  places: () => true,
  facts: (r, f) => {
    f.n.hours = r.int(11, 19);
    f.n.days = r.int(11, 30);
    f.n.passengers = 500 * r.int(4, 19);
  },
  en: {
    section: enWorld,
    tags: (p) => ['diplomacy', 'transport', ...enRegionTags(p)],
    authors: ['elena-vasquez', 'oliver-grant'],
  },
  ru: { section: 'Мир', tags: ['Дипломатия', 'Транспорт'], authors: [0, 9] },
  ar: { section: arWorld, tags: ['دبلوماسية'], authors: [0, 9] },
  text: {
    en: (f) => ({
      title: `${f.p.en.country} and ${f.p2.en.country} agree to resume direct flights after ${f.n.hours}-hour talks`,
      lede: `Negotiators meeting in ${f.p.en.city} said the first flights would resume within ${f.n.days} days, ending a suspension that has hurt trade and tourism since the spring.`,
      paragraphs: [
        `The agreement was reached late on ${f.weekday[0]} after talks mediated by ${f.org[0]}. Officials said national carriers would operate the first flights, with private airlines to follow.`,
        `Around ${thousands(f.n.passengers)} passengers a week flew between the two countries before the suspension. Tour operators on both sides say they have lost millions of dollars.`,
        `The deal does not settle the wider dispute over ${f.issue[0]}, which diplomats say will be discussed at a second round of talks next month.`,
      ],
      quote: 'This is a good day for families and businesses on both sides. Now the work of rebuilding trust begins.',
      attribution: `${f.person[0]}, foreign minister of ${f.p.en.country}`,
      heading: 'What happens next',
      list: [
        `First flights within ${f.n.days} days`,
        'National carriers fly first',
        'Second round of talks next month',
      ],
      video: `Video: ${f.p.en.country} and ${f.p2.en.country} announce the deal`,
    }),
    ru: (f) => ({
      title: `${f.p.ru.strana} и ${f.p2.ru.strana} возобновят прямые авиарейсы после ${f.n.hours}-часовых переговоров`,
      lede: `Переговорщики, встретившиеся ${f.p.ru.vCity}, заявили, что первые рейсы возобновятся в течение ${f.n.days} ${ruPlural(f.n.days, 'дня', 'дней', 'дней')}. Приостановка полётов с весны била по торговле и туризму.`,
      paragraphs: [
        `Соглашение было достигнуто поздно вечером ${f.weekday[1]} на переговорах при посредничестве ${f.org[1]}. По словам официальных лиц, первые рейсы выполнят национальные авиакомпании, а затем к ним присоединятся частные перевозчики.`,
        `До приостановки между двумя странами еженедельно летали около ${f.n.passengers} пассажиров. Туроператоры в обеих странах говорят, что потеряли миллионы долларов.`,
        `Соглашение не решает более широкого спора вокруг ${f.issue[1]}: по словам дипломатов, его обсудят на втором раунде переговоров в следующем месяце.`,
      ],
      quote:
        'Это хороший день для семей и бизнеса в обеих странах. Теперь начинается работа по восстановлению доверия.',
      attribution: `${f.person[1]}, министр иностранных дел ${f.p.ru.strany}`,
      heading: 'Что дальше',
      list: [
        `Первые рейсы — в течение ${f.n.days} ${ruPlural(f.n.days, 'дня', 'дней', 'дней')}`,
        'Первыми полетят национальные авиакомпании',
        'Второй раунд переговоров — в следующем месяце',
      ],
      video: `Видео: ${f.p.ru.strana} и ${f.p2.ru.strana} объявляют о соглашении`,
    }),
    ar: (f) => ({
      title: `اتفاق بين ${f.p.ar.country} و${f.p2.ar.country} على استئناف الرحلات الجوية المباشرة بعد محادثات استمرت ${f.n.hours} ساعة`,
      lede: `قال المفاوضون المجتمعون في ${f.p.ar.city} إن الرحلات الأولى ستُستأنف في غضون ${f.n.days} يوماً، لينتهي تعليق أضر بالتجارة والسياحة منذ الربيع.`,
      paragraphs: [
        `جرى التوصل إلى الاتفاق في وقت متأخر من يوم ${f.weekday[2]} خلال محادثات بوساطة ${f.org[2]}. وقال مسؤولون إن الناقلات الوطنية ستسيّر الرحلات الأولى، على أن تلحق بها شركات الطيران الخاصة.`,
        `وكان نحو ${f.n.passengers} مسافر يتنقلون أسبوعياً بين البلدين قبل تعليق الرحلات. ويقول منظمو الرحلات في البلدين إنهم خسروا ملايين الدولارات.`,
        `ولا يحسم الاتفاق الخلاف الأوسع حول ملف ${f.issue[2]}، الذي يقول دبلوماسيون إنه سيُبحث في جولة ثانية من المحادثات الشهر المقبل.`,
      ],
      quote: 'هذا يوم جيد للعائلات والشركات في البلدين. والآن يبدأ العمل على استعادة الثقة.',
      attribution: `${f.person[2]}، ${femAr(f, 'وزير', 'وزيرة')} خارجية ${f.p.ar.country}`,
      heading: 'ماذا بعد؟',
      list: [
        `الرحلات الأولى خلال ${f.n.days} يوماً`,
        'الناقلات الوطنية تبدأ أولاً',
        'جولة ثانية من المحادثات الشهر المقبل',
      ],
      video: `فيديو: ${f.p.ar.country} و${f.p2.ar.country} تعلنان الاتفاق`,
    }),
  },
};

const RATES: Kind = {
  key: 'rates',
  count: 7,
  places: () => true,
  facts: (r, f) => {
    f.n.up = r.chance(0.5) ? 1 : 0;
    f.n.step = r.pick([0.25, 0.5, 0.75, 1]);
    f.n.rate = Math.round(r.float(4, 19) * 4) / 4;
    f.n.inflation = Math.round(r.float(2, 14) * 10) / 10;
  },
  en: {
    section: () => 'business',
    tags: () => ['central-banks', 'inflation'],
    authors: ['sarah-whitfield', 'anna-kovalenko'],
  },
  ru: { section: 'Экономика', tags: ['Центробанки', 'Инфляция'], authors: [2] },
  ar: { section: () => 'اقتصاد', tags: ['البنوك المركزية', 'التضخم'], authors: [4] },
  text: {
    en: (f) => ({
      title: `${f.p.en.country}’s central bank ${f.n.up ? 'raises' : 'cuts'} key rate to ${dec('en', f.n.rate, 2)}%`,
      lede: f.n.up
        ? `The bank raised its benchmark rate by ${dec('en', f.n.step, 2)} percentage points, citing inflation of ${dec('en', f.n.inflation)}% and a weaker currency.`
        : `The bank cut its benchmark rate by ${dec('en', f.n.step, 2)} percentage points as inflation slowed to ${dec('en', f.n.inflation)}%.`,
      paragraphs: [
        `The decision, announced in ${f.p.en.city} on ${f.weekday[0]}, was in line with the forecasts of most analysts polled by local media.`,
        `Economists at ${f.org[0]} said the bank was likely to keep rates on hold until the end of the year. Commercial banks are expected to pass the change on to borrowers within weeks.`,
        `The next rate meeting is due in ${f.month[0]}.`,
      ],
      quote: f.n.up
        ? 'Price stability comes first. We will do what is necessary to bring inflation back to target.'
        : 'Inflation is slowing faster than we expected, which gives us room to support growth.',
      attribution: `${f.person[0]}, governor of the central bank`,
      heading: 'What it means for borrowers',
      list: [
        `Key rate: ${dec('en', f.n.rate, 2)}%`,
        `Inflation: ${dec('en', f.n.inflation)}%`,
        `Next meeting: ${f.month[0]}`,
      ],
      video: `Video: the central bank of ${f.p.en.country} explains its decision`,
    }),
    ru: (f) => ({
      title: `Центробанк ${f.p.ru.strany} ${f.n.up ? 'повысил' : 'снизил'} ключевую ставку до ${dec('ru', f.n.rate, 2)}%`,
      lede: f.n.up
        ? `Банк повысил ставку на ${dec('ru', f.n.step, 2)} п. п., сославшись на инфляцию в ${dec('ru', f.n.inflation)}% и ослабление национальной валюты.`
        : `Банк снизил ставку на ${dec('ru', f.n.step, 2)} п. п. на фоне замедления инфляции до ${dec('ru', f.n.inflation)}%.`,
      paragraphs: [
        `Решение, объявленное ${f.p.ru.vCity} ${f.weekday[1]}, совпало с прогнозами большинства аналитиков, опрошенных местными СМИ.`,
        `Экономисты ${f.org[1]} считают, что до конца года банк, скорее всего, сохранит ставку без изменений. Ожидается, что коммерческие банки в течение нескольких недель пересмотрят ставки по кредитам.`,
        `Следующее заседание по ставке запланировано ${f.month[1]}.`,
      ],
      quote: f.n.up
        ? 'Ценовая стабильность — прежде всего. Мы сделаем всё необходимое, чтобы вернуть инфляцию к цели.'
        : 'Инфляция замедляется быстрее, чем мы ожидали, и это даёт нам пространство для поддержки роста.',
      attribution: `${f.person[1]}, председатель центрального банка`,
      heading: 'Что это значит для заёмщиков',
      list: [
        `Ключевая ставка — ${dec('ru', f.n.rate, 2)}%`,
        `Инфляция — ${dec('ru', f.n.inflation)}%`,
        `Следующее заседание — ${f.month[1]}`,
      ],
      video: `Видео: центробанк ${f.p.ru.strany} объясняет своё решение`,
    }),
    ar: (f) => ({
      title: `البنك المركزي في ${f.p.ar.country} ${f.n.up ? 'يرفع' : 'يخفض'} سعر الفائدة إلى ${dec('ar', f.n.rate, 2)}%`,
      lede: f.n.up
        ? `رفع البنك سعر الفائدة الرئيسي بمقدار ${dec('ar', f.n.step, 2)} نقطة مئوية، مشيراً إلى تضخم بلغ ${dec('ar', f.n.inflation)}% وضعف العملة المحلية.`
        : `خفض البنك سعر الفائدة الرئيسي بمقدار ${dec('ar', f.n.step, 2)} نقطة مئوية مع تباطؤ التضخم إلى ${dec('ar', f.n.inflation)}%.`,
      paragraphs: [
        `جاء القرار، الذي أُعلن في ${f.p.ar.city} يوم ${f.weekday[2]}، متوافقاً مع توقعات معظم المحللين الذين استطلعت وسائل إعلام محلية آراءهم.`,
        `ويرى اقتصاديون في ${f.org[2]} أن البنك سيُبقي على الأرجح أسعار الفائدة دون تغيير حتى نهاية العام. ومن المتوقع أن تنقل البنوك التجارية التغيير إلى المقترضين خلال أسابيع.`,
        `ومن المقرر أن يُعقد الاجتماع المقبل بشأن الفائدة في ${f.month[2]}.`,
      ],
      quote: f.n.up
        ? 'استقرار الأسعار يأتي أولاً، وسنفعل ما يلزم لإعادة التضخم إلى المستوى المستهدف.'
        : 'التضخم يتباطأ أسرع مما توقعنا، وهذا يمنحنا مساحة لدعم النمو.',
      attribution: `${f.person[2]}، ${femAr(f, 'محافظ', 'محافظة')} البنك المركزي`,
      heading: 'ماذا يعني ذلك للمقترضين',
      list: [
        `سعر الفائدة: ${dec('ar', f.n.rate, 2)}%`,
        `التضخم: ${dec('ar', f.n.inflation)}%`,
        `الاجتماع المقبل: ${f.month[2]}`,
      ],
      video: `فيديو: البنك المركزي في ${f.p.ar.country} يشرح قراره`,
    }),
  },
};

const PORT: Kind = {
  key: 'port',
  count: 6,
  places: () => true,
  facts: (r, f) => {
    // 3–9: the Arabic plural «مليارات» fits every one of them.
    f.n.bn = r.int(3, 9);
    f.n.cap = r.int(3, 9);
    f.n.jobs = 1000 * r.int(2, 9);
    f.n.year = 2028 + r.int(0, 3);
    f.x.company = r.pick(COMPANIES);
  },
  en: {
    section: () => 'business',
    tags: () => ['trade', 'transport', 'infrastructure'],
    authors: ['sarah-whitfield', 'li-wei'],
  },
  ru: { section: 'Экономика', tags: ['Торговля', 'Транспорт'], authors: [2] },
  ar: { section: () => 'اقتصاد', tags: ['التجارة'], authors: [4] },
  text: {
    en: (f) => ({
      title: `${f.x.company[0]} to invest $${f.n.bn}bn in new container terminal in ${f.p.en.city}`,
      lede: `The terminal will handle up to ${f.n.cap} million containers a year when it opens in ${f.n.year}, the company said.`,
      paragraphs: [
        `Construction is due to begin in ${f.month[0]} and will create about ${thousands(f.n.jobs)} jobs, according to the government of ${f.p.en.country}.`,
        `${f.p.en.city} is competing with other ports in the region for transit cargo between Asia and Europe. Shipping lines have been changing routes as freight costs rise.`,
        `Analysts at ${f.org[0]} said the investment was a bet on ${f.p.en.country} becoming a regional logistics hub.`,
      ],
      quote: 'We are building for the next thirty years, not the next three.',
      attribution: `${f.person[0]}, chief executive of ${f.x.company[0]}`,
      heading: 'A race between ports',
      list: [`Investment: $${f.n.bn}bn`, `Capacity: ${f.n.cap} million containers a year`, `Opening: ${f.n.year}`],
      video: `Video: the site of the new terminal in ${f.p.en.city}`,
    }),
    ru: (f) => ({
      title: `Компания ${f.x.company[1]} вложит ${f.n.bn} млрд долларов в новый контейнерный терминал ${f.p.ru.vCity}`,
      lede: `По данным компании, после открытия в ${f.n.year} году терминал сможет обрабатывать до ${f.n.cap} млн контейнеров в год.`,
      paragraphs: [
        `Строительство начнётся ${f.month[1]} и создаст около ${f.n.jobs} рабочих мест, сообщило правительство ${f.p.ru.strany}.`,
        `${f.p.ru.city} конкурирует с другими портами региона за транзитные грузы между Азией и Европой. Судоходные компании меняют маршруты на фоне роста стоимости фрахта.`,
        `Аналитики ${f.org[1]} назвали инвестиции ставкой на превращение ${f.p.ru.strany} в региональный логистический узел.`,
      ],
      quote: 'Мы строим на ближайшие тридцать лет, а не на три года.',
      attribution: `${f.person[1]}, генеральный директор компании ${f.x.company[1]}`,
      heading: 'Гонка портов',
      list: [
        `Инвестиции — ${f.n.bn} млрд долларов`,
        `Мощность — ${f.n.cap} млн контейнеров в год`,
        `Открытие — ${f.n.year} год`,
      ],
      video: `Видео: площадка нового терминала ${f.p.ru.vCity}`,
    }),
    ar: (f) => ({
      title: `شركة ${f.x.company[2]} تستثمر ${f.n.bn} مليارات دولار في محطة حاويات جديدة في ${f.p.ar.city}`,
      lede: `قالت الشركة إن المحطة ستتمكن من مناولة ما يصل إلى ${f.n.cap} ملايين حاوية سنوياً عند افتتاحها في ${f.n.year}.`,
      paragraphs: [
        `ومن المقرر أن يبدأ البناء في ${f.month[2]}، وأن يوفر نحو ${f.n.jobs} فرصة عمل، بحسب حكومة ${f.p.ar.country}.`,
        `وتتنافس ${f.p.ar.city} مع موانئ أخرى في المنطقة على البضائع العابرة بين آسيا وأوروبا. وتعمد شركات الشحن إلى تغيير مساراتها مع ارتفاع تكاليف النقل.`,
        `ووصف محللون في ${f.org[2]} الاستثمار بأنه رهان على تحول ${f.p.ar.country} إلى مركز إقليمي للخدمات اللوجستية.`,
      ],
      quote: 'نحن نبني للسنوات الثلاثين المقبلة، لا للسنوات الثلاث المقبلة.',
      attribution: `${f.person[2]}، ${femAr(f, 'الرئيس التنفيذي', 'الرئيسة التنفيذية')} لشركة ${f.x.company[2]}`,
      heading: 'سباق بين الموانئ',
      list: [
        `الاستثمار: ${f.n.bn} مليارات دولار`,
        `الطاقة الاستيعابية: ${f.n.cap} ملايين حاوية سنوياً`,
        `الافتتاح: ${f.n.year}`,
      ],
      video: `فيديو: موقع المحطة الجديدة في ${f.p.ar.city}`,
    }),
  },
};

const FLOODS: Kind = {
  key: 'floods',
  count: 6,
  places: () => true,
  facts: (r, f) => {
    f.n.thousand = r.int(12, 60);
    f.n.provinces = r.int(3, 9);
    f.n.dead = r.int(11, 48);
  },
  en: { section: enWorld, tags: () => ['climate'], authors: ['oliver-grant', 'fatima-al-sayed'] },
  ru: { section: 'Мир', tags: ['Климат'], authors: [9, 1] },
  ar: { section: arWorld, tags: ['المناخ'], authors: [9, 3] },
  text: {
    en: (f) => ({
      title: `Floods force ${f.n.thousand},000 people from their homes in ${f.p.en.country}`,
      lede: 'Days of heavy rain have swollen rivers across the country, and forecasters warn that the worst may not be over.',
      paragraphs: [
        `Rescue teams used boats to reach villages cut off by the water. The government has declared a state of emergency in ${f.n.provinces} provinces.`,
        `Officials said the death toll had risen to ${f.n.dead}. Schools in the worst-hit areas will stay closed until the end of the week.`,
        `The government of ${f.p2.en.country} has offered to send helicopters and emergency supplies.`,
      ],
      quote: 'We have lost everything, but we are alive. That is what matters now.',
      attribution: `${f.person[0]}, a resident of ${f.p.en.city}`,
      heading: 'Help from abroad',
      list: [
        `${f.n.thousand},000 people evacuated`,
        `State of emergency in ${f.n.provinces} provinces`,
        'Schools closed until the end of the week',
      ],
      video: `Video: floodwater in ${f.p.en.country}`,
    }),
    ru: (f) => ({
      title: `Наводнение ${f.p.ru.vStrane}: из домов эвакуированы ${f.n.thousand} тыс. человек`,
      lede: 'Многодневные ливни переполнили реки по всей стране, и синоптики предупреждают, что худшее, возможно, ещё впереди.',
      paragraphs: [
        `Спасатели добирались до отрезанных водой деревень на лодках. Правительство объявило режим чрезвычайной ситуации в ${f.n.provinces} провинциях.`,
        `По данным властей, число погибших достигло ${f.n.dead}. Школы в наиболее пострадавших районах будут закрыты до конца недели.`,
        `Власти ${f.p2.ru.strany} предложили прислать вертолёты и предметы первой необходимости.`,
      ],
      quote: 'Мы потеряли всё, но мы живы. Сейчас это главное.',
      attribution: `${f.person[1]}, ${f.person[3] === 'f' ? 'жительница' : 'житель'} ${f.p.ru.cityGen}`,
      heading: 'Помощь из-за рубежа',
      list: [
        `Эвакуированы ${f.n.thousand} тыс. человек`,
        `Режим ЧС в ${f.n.provinces} провинциях`,
        'Школы закрыты до конца недели',
      ],
      video: `Видео: наводнение ${f.p.ru.vStrane}`,
    }),
    ar: (f) => ({
      title: `الفيضانات تجبر ${f.n.thousand} ألف شخص على مغادرة منازلهم في ${f.p.ar.country}`,
      lede: 'تسببت أمطار غزيرة استمرت أياماً في فيضان الأنهار في أنحاء البلاد، ويحذر خبراء الأرصاد من أن الأسوأ ربما لم يأت بعد.',
      paragraphs: [
        `واستخدمت فرق الإنقاذ القوارب للوصول إلى قرى عزلتها المياه. وأعلنت الحكومة حالة الطوارئ في ${f.n.provinces} محافظات.`,
        `وقال مسؤولون إن حصيلة القتلى ارتفعت إلى ${f.n.dead}. وستبقى المدارس في المناطق الأكثر تضرراً مغلقة حتى نهاية الأسبوع.`,
        `وعرضت حكومة ${f.p2.ar.country} إرسال مروحيات وإمدادات طارئة.`,
      ],
      quote: 'فقدنا كل شيء، لكننا على قيد الحياة، وهذا ما يهم الآن.',
      attribution: `${f.person[2]}، من سكان ${f.p.ar.city}`,
      heading: 'مساعدات من الخارج',
      list: [
        `إجلاء ${f.n.thousand} ألف شخص`,
        `حالة الطوارئ في ${f.n.provinces} محافظات`,
        'إغلاق المدارس حتى نهاية الأسبوع',
      ],
      video: `فيديو: مياه الفيضانات في ${f.p.ar.country}`,
    }),
  },
};

const FINAL: Kind = {
  key: 'final',
  count: 6,
  places: () => true,
  facts: (r, f) => {
    const [a, b] = r.sample(CLUBS, 2);
    f.x.club = a;
    f.x.club2 = b;
    f.n.goals = r.int(2, 3);
    f.n.minute = r.int(71, 89);
    f.n.crowd = r.int(22, 64);
    f.n.years = r.int(11, 40);
  },
  en: { section: () => 'sport', tags: () => ['football'], authors: ['marco-bellini'] },
  ru: { section: 'Спорт', tags: ['Футбол'], authors: [5] },
  ar: { section: () => 'رياضة', tags: ['كرة القدم'], authors: [5] },
  text: {
    en: (f) => ({
      title: `${f.x.club[0]} beat ${f.x.club2[0]} ${f.n.goals}–${f.n.goals - 1} in ${f.p.en.city} to win the Meridian Cup`,
      lede: `The winning goal came in the ${ordinal(f.n.minute)} minute of the final, in front of a crowd of ${f.n.crowd},000.`,
      paragraphs: [
        `${f.x.club2[0]} took the lead in the first half, but ${f.x.club[0]} equalised soon after the break.`,
        `It is the club’s first continental title in ${f.n.years} years.`,
        `Thousands of fans gathered in the centre of ${f.p.en.city} to celebrate late into the night.`,
      ],
      quote: 'We waited a long time for this night. This cup belongs to the fans.',
      attribution: `${f.person[0]}, head coach of ${f.x.club[0]}`,
      heading: 'The decisive minutes',
      list: [
        `Score: ${f.n.goals}–${f.n.goals - 1}`,
        `Winning goal: ${ordinal(f.n.minute)} minute`,
        `Crowd: ${f.n.crowd},000`,
      ],
      video: `Video: highlights of the Meridian Cup final`,
    }),
    ru: (f) => ({
      title: `${f.x.club[1]} обыграл ${f.x.club2[1]} со счётом ${f.n.goals}:${f.n.goals - 1} ${f.p.ru.vCity} и выиграл Кубок Меридиана`,
      lede: `Победный гол был забит на ${f.n.minute}-й минуте финала при ${f.n.crowd} тыс. зрителей.`,
      paragraphs: [
        `${f.x.club2[1]} открыл счёт в первом тайме, но вскоре после перерыва ${f.x.club[1]} сравнял счёт.`,
        `Это первый континентальный титул клуба за ${f.n.years} ${ruPlural(f.n.years, 'год', 'года', 'лет')}.`,
        `Тысячи болельщиков собрались в центре ${f.p.ru.cityGen}, празднуя победу до поздней ночи.`,
      ],
      quote: 'Мы долго ждали этого вечера. Этот кубок принадлежит болельщикам.',
      attribution: `${f.person[1]}, главный тренер клуба ${f.x.club[1]}`,
      heading: 'Решающие минуты',
      list: [
        `Счёт — ${f.n.goals}:${f.n.goals - 1}`,
        `Победный гол — ${f.n.minute}-я минута`,
        `Зрителей — ${f.n.crowd} тыс.`,
      ],
      video: 'Видео: лучшие моменты финала Кубка Меридиана',
    }),
    ar: (f) => ({
      title: `فريق ${f.x.club[2]} يفوز على ${f.x.club2[2]} ${f.n.goals}-${f.n.goals - 1} في ${f.p.ar.city} ويتوج بكأس ميريديان`,
      lede: `جاء هدف الفوز في الدقيقة ${f.n.minute} من المباراة النهائية أمام ${f.n.crowd} ألف متفرج.`,
      paragraphs: [
        `وكان ${f.x.club2[2]} قد تقدم في الشوط الأول، لكن ${f.x.club[2]} أدرك التعادل بعد الاستراحة بقليل.`,
        `وهذا أول لقب قاري للنادي منذ ${f.n.years} عاماً.`,
        `واحتشد آلاف المشجعين في وسط ${f.p.ar.city} واحتفلوا حتى ساعة متأخرة من الليل.`,
      ],
      quote: 'انتظرنا هذه الليلة طويلاً. هذه الكأس للجماهير.',
      attribution: `${f.person[2]}، ${femAr(f, 'المدير الفني', 'المديرة الفنية')} لفريق ${f.x.club[2]}`,
      heading: 'الدقائق الحاسمة',
      list: [
        `النتيجة: ${f.n.goals}-${f.n.goals - 1}`,
        `هدف الفوز: الدقيقة ${f.n.minute}`,
        `الحضور: ${f.n.crowd} ألف متفرج`,
      ],
      video: 'فيديو: أبرز لقطات نهائي كأس ميريديان',
    }),
  },
};

const SATELLITE: Kind = {
  key: 'satellite',
  count: 5,
  places: () => true,
  facts: (r, f) => {
    f.x.sat = r.pick(SATELLITES);
    f.n.kg = 50 * r.int(3, 18);
    f.n.km = 50 * r.int(10, 16);
    f.n.years = r.int(3, 9);
    f.n.weeks = r.int(3, 8);
    f.n.year = 2028 + r.int(0, 2);
  },
  en: { section: () => 'science', tags: () => ['space'], authors: ['tomas-lindqvist'] },
  ru: { section: 'Наука и техника', tags: ['Космос'], authors: [6] },
  ar: { section: () => 'علوم وتكنولوجيا', tags: ['الفضاء'], authors: [6] },
  text: {
    en: (f) => ({
      title: `${f.p.en.country}’s space agency puts ${f.x.sat[0]} satellite into orbit`,
      lede: `The ${f.n.kg}-kilogram satellite will monitor drought, crops and water reserves from an orbit of ${f.n.km} kilometres.`,
      paragraphs: [
        `It was built over ${f.n.years} years by engineers at the National Aerospace Institute, with parts from ${f.p2.en.country}.`,
        `The first images are expected within ${f.n.weeks} weeks. The data will be shared free of charge with farmers and researchers.`,
        `Several more launches are planned before ${f.n.year}.`,
      ],
      quote: 'From now on we will see a drought coming weeks before it reaches our fields.',
      attribution: `${f.person[0]}, head of the space agency`,
      heading: 'What the satellite will watch',
      list: ['Drought and soil moisture', 'Crops', 'Rivers and reservoirs'],
      video: `Video: the launch of ${f.x.sat[0]}`,
    }),
    ru: (f) => ({
      title: `Космическое агентство ${f.p.ru.strany} вывело на орбиту спутник ${f.x.sat[1]}`,
      lede: `Спутник массой ${f.n.kg} кг будет следить за засухой, посевами и запасами воды с орбиты высотой ${f.n.km} км.`,
      paragraphs: [
        `Его за ${f.n.years} ${ruPlural(f.n.years, 'год', 'года', 'лет')} построили инженеры Национального аэрокосмического института с использованием комплектующих из ${f.p2.ru.strany}.`,
        `Первые снимки ожидаются в течение ${f.n.weeks} недель. Данные будут бесплатно доступны фермерам и исследователям.`,
        `До ${f.n.year} года запланировано ещё несколько запусков.`,
      ],
      quote: 'Теперь мы будем видеть приближение засухи за недели до того, как она придёт на наши поля.',
      attribution: `${f.person[1]}, глава космического агентства`,
      heading: 'За чем будет следить спутник',
      list: ['Засуха и влажность почвы', 'Посевы', 'Реки и водохранилища'],
      video: `Видео: запуск спутника ${f.x.sat[1]}`,
    }),
    ar: (f) => ({
      title: `وكالة الفضاء في ${f.p.ar.country} تطلق القمر الصناعي ${f.x.sat[2]} إلى المدار`,
      lede: `سيرصد القمر الصناعي، الذي يزن ${f.n.kg} كغ، الجفاف والمحاصيل واحتياطيات المياه من مدار على ارتفاع ${f.n.km} كم.`,
      paragraphs: [
        `وقد بناه مهندسون في المعهد الوطني لعلوم الطيران والفضاء خلال ${f.n.years} سنوات، بمكونات من ${f.p2.ar.country}.`,
        `ومن المتوقع وصول أولى الصور خلال ${f.n.weeks} أسابيع، وستُتاح البيانات مجاناً للمزارعين والباحثين.`,
        `ومن المقرر تنفيذ عدة عمليات إطلاق أخرى قبل عام ${f.n.year}.`,
      ],
      quote: 'من الآن فصاعداً سنرى الجفاف قادماً قبل أسابيع من وصوله إلى حقولنا.',
      attribution: `${f.person[2]}، ${femAr(f, 'رئيس', 'رئيسة')} وكالة الفضاء`,
      heading: 'ما الذي سيرصده القمر الصناعي',
      list: ['الجفاف ورطوبة التربة', 'المحاصيل', 'الأنهار والخزانات'],
      video: `فيديو: إطلاق القمر الصناعي ${f.x.sat[2]}`,
    }),
  },
};

const ELECTION: Kind = {
  key: 'election',
  count: 6,
  places: (p) => p.region !== 'me',
  facts: (r, f) => {
    f.n.share = r.int(31, 46);
    f.n.opposition = r.int(18, f.n.share - 5);
    f.n.turnout = r.int(41, 58);
  },
  en: { section: enWorld, tags: () => ['elections'], authors: ['elena-vasquez', 'oliver-grant'] },
  ru: { section: 'Мир', tags: ['Выборы'], authors: [0, 9] },
  ar: { section: arWorld, tags: ['انتخابات'], authors: [0] },
  text: {
    en: (f) => ({
      title: `${f.p.en.country} election: governing party wins ${f.n.share}% as turnout falls to ${f.n.turnout}%`,
      lede: 'The result leaves the party short of a majority and facing weeks of coalition talks.',
      paragraphs: [
        `The main opposition alliance came second with ${f.n.opposition}%, according to preliminary results published in ${f.p.en.city} on ${f.weekday[0]}.`,
        `Turnout was the lowest in two decades. Observers from ${f.org[0]} said the vote had been orderly.`,
        'Final results are due by the end of the week.',
      ],
      quote: 'Voters have given us a mandate, but also a warning. We have heard both.',
      attribution: `${f.person[0]}, leader of the governing party`,
      heading: 'Coalition arithmetic',
      list: [`Governing party: ${f.n.share}%`, `Opposition alliance: ${f.n.opposition}%`, `Turnout: ${f.n.turnout}%`],
      video: `Video: election night in ${f.p.en.city}`,
    }),
    ru: (f) => ({
      title: `Выборы ${f.p.ru.vStrane}: правящая партия набрала ${f.n.share}% при снизившейся до ${f.n.turnout}% явке`,
      lede: 'С таким результатом партия не получает большинства, и впереди несколько недель коалиционных переговоров.',
      paragraphs: [
        `Основной оппозиционный блок занял второе место с ${f.n.opposition}%, следует из предварительных итогов, опубликованных ${f.p.ru.vCity} ${f.weekday[1]}.`,
        `Явка стала самой низкой за двадцать лет. Наблюдатели ${f.org[1]} заявили, что голосование прошло организованно.`,
        'Окончательные итоги объявят до конца недели.',
      ],
      quote: 'Избиратели дали нам мандат, но и предупреждение. Мы услышали и то и другое.',
      attribution: `${f.person[1]}, лидер правящей партии`,
      heading: 'Коалиционная арифметика',
      list: [`Правящая партия — ${f.n.share}%`, `Оппозиционный блок — ${f.n.opposition}%`, `Явка — ${f.n.turnout}%`],
      video: `Видео: ночь выборов ${f.p.ru.vCity}`,
    }),
    ar: (f) => ({
      title: `انتخابات ${f.p.ar.country}: الحزب الحاكم يحصل على ${f.n.share}% مع تراجع نسبة المشاركة إلى ${f.n.turnout}%`,
      lede: 'لا تمنح هذه النتيجة الحزب أغلبية، ما يعني أسابيع من مفاوضات تشكيل ائتلاف.',
      paragraphs: [
        `وحل تحالف المعارضة الرئيسي ثانياً بنسبة ${f.n.opposition}%، وفق نتائج أولية نُشرت في ${f.p.ar.city} يوم ${f.weekday[2]}.`,
        `وكانت نسبة المشاركة الأدنى منذ عقدين. وقال مراقبون من ${f.org[2]} إن التصويت جرى بشكل منظم.`,
        'ومن المتوقع إعلان النتائج النهائية قبل نهاية الأسبوع.',
      ],
      quote: 'منحنا الناخبون تفويضاً، لكنهم وجهوا إلينا تحذيراً أيضاً، وقد سمعنا الأمرين.',
      attribution: `${f.person[2]}، ${femAr(f, 'زعيم', 'زعيمة')} الحزب الحاكم`,
      heading: 'حسابات الائتلاف',
      list: [`الحزب الحاكم: ${f.n.share}%`, `تحالف المعارضة: ${f.n.opposition}%`, `نسبة المشاركة: ${f.n.turnout}%`],
      video: `فيديو: ليلة الانتخابات في ${f.p.ar.city}`,
    }),
  },
};

/** The bridge stories happen in Russian river cities (f.x.river), not in PLACES. */
const BRIDGE: Kind = {
  key: 'bridge',
  count: 6,
  places: () => true,
  facts: (r, f) => {
    f.n.metres = 100 * r.int(8, 30);
    f.n.bn = r.int(12, 90);
    f.n.minutes = 5 * r.int(7, 12);
    f.n.years = r.int(3, 6);
    f.n.cars = r.int(12, 40);
  },
  en: {
    section: () => 'russia',
    tags: () => ['infrastructure', 'transport'],
    authors: ['dmitry-orlov', 'anna-kovalenko'],
  },
  ru: { section: 'Россия', tags: ['Транспорт', 'Регионы'], authors: [3, 4] },
  ar: { section: () => 'العالم', tags: ['روسيا'], authors: [1] },
  text: {
    en: (f) => {
      const c = riverCity(f);
      return {
        title: `${c[0]} opens ${thousands(f.n.metres)}-metre bridge across ${c[1]}`,
        lede: `The crossing, built at a cost of ${f.n.bn} billion roubles, cuts the journey between the two banks from ${f.n.minutes} minutes to ten.`,
        paragraphs: [
          `Construction took ${f.n.years} years, a year longer than planned, because of supply problems.`,
          `Regional officials expect about ${f.n.cars},000 vehicles to cross the bridge every day.`,
          'The old ferry crossing will stay in service in the summer for tourists.',
        ],
        quote: 'For our city this is not just a bridge. It is the end of the queues.',
        attribution: `${f.person[0]}, mayor of ${c[0]}`,
        heading: 'The end of the ferry queues',
        list: [
          `Length: ${thousands(f.n.metres)} metres`,
          `Cost: ${f.n.bn} billion roubles`,
          `Traffic: about ${f.n.cars},000 vehicles a day`,
        ],
        video: `Video: the first cars cross the new bridge in ${c[0]}`,
      };
    },
    ru: (f) => {
      const c = riverCity(f);
      return {
        title: `${cap(c[3])} открыли мост длиной ${f.n.metres} м через ${c[5]}`,
        lede: `Переправа стоимостью ${f.n.bn} млрд рублей сокращает путь между берегами с ${f.n.minutes} минут до десяти.`,
        paragraphs: [
          `Строительство заняло ${f.n.years} ${ruPlural(f.n.years, 'год', 'года', 'лет')} — на год дольше запланированного — из-за проблем с поставками.`,
          `Региональные власти ожидают, что по мосту ежедневно будут проезжать около ${f.n.cars} тыс. автомобилей.`,
          'Старая паромная переправа летом продолжит работать для туристов.',
        ],
        quote: 'Для нашего города это не просто мост. Это конец очередям.',
        attribution: `${f.person[1]}, мэр ${c[4]}`,
        heading: 'Конец паромным очередям',
        list: [
          `Длина — ${f.n.metres} м`,
          `Стоимость — ${f.n.bn} млрд рублей`,
          `Трафик — около ${f.n.cars} тыс. автомобилей в сутки`,
        ],
        video: `Видео: первые машины на новом мосту ${c[3]}`,
      };
    },
    ar: (f) => {
      const c = riverCity(f);
      return {
        title: `افتتاح جسر بطول ${f.n.metres} متر فوق ${c[7]} في ${c[6]}`,
        lede: `يختصر المعبر، الذي بلغت كلفته ${f.n.bn} مليار روبل، زمن التنقل بين الضفتين من ${f.n.minutes} دقيقة إلى عشر دقائق.`,
        paragraphs: [
          `واستغرق البناء ${f.n.years} سنوات، أي أطول بعام مما كان مخططاً، بسبب مشكلات في الإمدادات.`,
          `ويتوقع المسؤولون المحليون أن يعبر الجسر نحو ${f.n.cars} ألف مركبة يومياً.`,
          'وستواصل العبّارة القديمة العمل خلال الصيف لخدمة السياح.',
        ],
        quote: 'بالنسبة إلى مدينتنا، هذا ليس مجرد جسر، إنه نهاية الطوابير.',
        attribution: `${f.person[2]}، ${femAr(f, 'رئيس', 'رئيسة')} بلدية ${c[6]}`,
        heading: 'نهاية طوابير العبّارة',
        list: [`الطول: ${f.n.metres} متر`, `الكلفة: ${f.n.bn} مليار روبل`, `الحركة: نحو ${f.n.cars} ألف مركبة يومياً`],
        video: `فيديو: أولى السيارات تعبر الجسر الجديد في ${c[6]}`,
      };
    },
  },
};
function riverCity(f: Facts) {
  return RIVER_CITIES[f.n.river];
}

const STARTUP: Kind = {
  key: 'startup',
  count: 6,
  places: () => true,
  facts: (r, f) => {
    f.x.startup = r.pick(STARTUPS);
    f.x.tech = r.pick(TECH);
    f.x.fund = r.pick(FUNDS);
    f.n.millions = r.int(12, 90);
    f.n.value = 10 * r.int(15, 90);
    f.n.age = r.int(3, 6);
    f.n.staff = 100 * r.int(1, 5);
    f.n.countries = r.int(3, 9);
  },
  en: {
    section: (p) => (p.region === 'africa' ? 'africa' : p.region === 'india' ? 'india' : 'science'),
    tags: () => ['startups', 'ai', 'technology'],
    authors: ['tomas-lindqvist', 'li-wei'],
  },
  ru: { section: 'Наука и техника', tags: ['Искусственный интеллект'], authors: [6, 7] },
  ar: { section: () => 'علوم وتكنولوجيا', tags: ['الذكاء الاصطناعي'], authors: [6, 7] },
  text: {
    en: (f) => ({
      title: `${f.p.en.city} start-up ${f.x.startup[0]} raises $${f.n.millions}m to develop ${f.x.tech[0]}`,
      lede: `The round was led by ${f.x.fund[0]} and values the company at about $${f.n.value}m.`,
      paragraphs: [
        `Founded ${f.n.age} years ago, the company employs ${f.n.staff} people and says it has customers in ${f.n.countries} countries.`,
        `It plans to use the money to hire engineers and open an office in ${f.p2.en.city}.`,
        'Investment in the region’s technology companies has risen sharply this year despite higher interest rates.',
      ],
      quote: 'We started with three people and a laptop. Now we can build something that lasts.',
      attribution: `${f.person[0]}, co-founder of ${f.x.startup[0]}`,
      heading: 'Money for engineers',
      list: [`Raised: $${f.n.millions}m`, `Valuation: about $${f.n.value}m`, `Staff: ${f.n.staff}`],
      video: `Video: inside ${f.x.startup[0]}`,
    }),
    ru: (f) => ({
      title: `Стартап ${f.x.startup[1]} из ${f.p.ru.cityGen} привлёк ${f.n.millions} млн долларов на ${f.x.tech[1]}`,
      lede: `Раунд возглавил ${f.x.fund[1]}; компания оценена примерно в ${f.n.value} млн долларов.`,
      paragraphs: [
        `Компания основана ${f.n.age} ${ruPlural(f.n.age, 'год', 'года', 'лет')} назад, в ней работают ${f.n.staff} человек, а клиенты есть в ${f.n.countries} странах.`,
        `Привлечённые средства пойдут на найм инженеров и открытие офиса ${f.p2.ru.vCity}.`,
        'Инвестиции в технологические компании региона в этом году резко выросли, несмотря на высокие процентные ставки.',
      ],
      quote: 'Мы начинали втроём с одним ноутбуком. Теперь мы можем построить что-то надолго.',
      attribution: `${f.person[1]}, сооснователь ${f.x.startup[1]}`,
      heading: 'Деньги на инженеров',
      list: [
        `Привлечено — ${f.n.millions} млн долларов`,
        `Оценка — около ${f.n.value} млн долларов`,
        `Сотрудников — ${f.n.staff}`,
      ],
      video: `Видео: как работает ${f.x.startup[1]}`,
    }),
    ar: (f) => ({
      // The company's name goes to the lede: with it the headline would run past 110 characters.
      title: `شركة ناشئة في ${f.p.ar.city} تجمع ${f.n.millions} مليون دولار لتطوير ${f.x.tech[2]}`,
      lede: `قاد ${f.x.fund[2]} جولة التمويل في شركة ${f.x.startup[2]}، وتُقدَّر قيمتها بنحو ${f.n.value} مليون دولار.`,
      paragraphs: [
        `تأسست الشركة قبل ${f.n.age} سنوات ويعمل فيها ${f.n.staff} موظف، وتقول إن لديها عملاء في ${f.n.countries} دول.`,
        `وتعتزم الشركة استخدام التمويل لتوظيف مهندسين وافتتاح مكتب في ${f.p2.ar.city}.`,
        'وارتفعت الاستثمارات في شركات التكنولوجيا في المنطقة بشكل حاد هذا العام رغم ارتفاع أسعار الفائدة.',
      ],
      quote: 'بدأنا بثلاثة أشخاص وحاسوب محمول، والآن يمكننا بناء شيء يدوم.',
      attribution: `${f.person[2]}، ${femAr(f, 'المؤسس المشارك', 'المؤسسة المشاركة')} في ${f.x.startup[2]}`,
      heading: 'أموال لتوظيف المهندسين',
      list: [
        `التمويل: ${f.n.millions} مليون دولار`,
        `التقييم: نحو ${f.n.value} مليون دولار`,
        `عدد الموظفين: ${f.n.staff}`,
      ],
      video: `فيديو: جولة داخل ${f.x.startup[2]}`,
    }),
  },
};

export const KINDS: readonly Kind[] = [FLIGHTS, RATES, PORT, FLOODS, FINAL, SATELLITE, ELECTION, BRIDGE, STARTUP];

/** One event: its kind and facts, and the English side's date. */
export interface LinkedEvent {
  key: string;
  kind: Kind;
  facts: Facts;
  /** Published in Arabic too (about two thirds of the events). */
  arabic: boolean;
  publishedAt: Date;
  heroImage: number | null;
  bodyImage: number | null;
  heading: boolean;
  list: boolean;
  video: string | null;
  updatedAfter: number | null;
}

/** ~55 events, ~36 of them also in Arabic; English originals dated so translations (10–90 min later) never pass `now`. */
export function linkedEvents(seed: number, now: Date, imageCount: number): LinkedEvent[] {
  const r0 = createRandom(mixSeed(seed, 0x11ed));
  const events: LinkedEvent[] = [];
  let i = 0;
  for (const kind of KINDS) {
    const placeIdx = r0.shuffle(PLACES.map((_, k) => k).filter((k) => kind.places(PLACES[k])));
    const rivers = r0.shuffle(RIVER_CITIES.map((_, k) => k));
    for (let j = 0; j < kind.count; j++) {
      const r = createRandom(mixSeed(seed, 0x11ed, i));
      const p = PLACES[placeIdx[j % placeIdx.length]];
      let p2 = r.pick(PLACES);
      while (p2 === p) p2 = r.pick(PLACES);
      const facts: Facts = {
        p,
        p2,
        person: r.pick(PEOPLE),
        org: r.pick(ORGS),
        issue: r.pick(ISSUES),
        month: r.pick(MONTHS),
        weekday: r.pick(WEEKDAYS),
        pick: r,
        n: { river: rivers[j % rivers.length] },
        x: {},
      };
      kind.facts(r, facts);
      const enSection = kind.en.section(p);
      events.push({
        key: '',
        kind,
        facts,
        arabic: false,
        publishedAt: now,
        heroImage: r.chance(0.95) ? pickPicture(r, enSection, imageCount) : null,
        bodyImage: r.chance(0.3) ? pickPicture(r, enSection, imageCount) : null,
        heading: r.chance(0.35),
        list: r.chance(0.3),
        video: r.chance(0.12) ? youtubeUrl(r) : null,
        updatedAfter: r.chance(0.15) ? r.int(20, 360) : null,
      });
      i++;
    }
  }
  // Dates: one slice of the 30-day window per event (shuffled, so kinds mix), the newest about two hours old.
  const order = r0.shuffle(events.map((_, k) => k));
  const nowMs = now.getTime();
  const span = WINDOW - 2 * 60 * MINUTE;
  const step = span / events.length;
  order.forEach((k, slot) => {
    const r = createRandom(mixSeed(seed, 0xda7e, k));
    const offset = 100 * MINUTE + step * (slot + r.float(0.05, 0.95));
    events[k].publishedAt = floorToSecond(nowMs - offset);
  });
  events.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const arabic = new Set(
    r0.sample(
      events.map((_, k) => k),
      Math.round((events.length * 2) / 3),
    ),
  );
  events.forEach((e, k) => {
    e.key = `linked-${k + 1}`;
    e.arabic = arabic.has(k);
  });
  return events;
}

export interface LinkedTaxonomy {
  section: (name: string) => string;
  tag: (name: string) => string;
  author: (index: number) => string;
}

const CAPTIONS = {
  ru: { captions: RU_CAPTIONS, fileNote: '(архивное фото).' },
  ar: { captions: AR_CAPTIONS, fileNote: '(صورة أرشيفية).' },
};
const caption = (lang: Lang, index: number) => (lang === 'en' ? fileCaption(index) : captionFor(CAPTIONS[lang], index));

/** One event in one language, as a story with its translation key and dates. */
export function renderLinked(
  e: LinkedEvent,
  lang: Lang,
  now: Date,
  tax: LinkedTaxonomy | null,
  seed: number,
): SeedArticle {
  const t = e.kind.text[lang](e.facts);
  const r = createRandom(mixSeed(seed, 0x7a11, e.publishedAt.getTime() / 1000, LANGS.indexOf(lang)));
  const body: Block[] = t.paragraphs.map((text) => ({ type: 'paragraph', content: [{ text }] }));
  body.splice(1, 0, { type: 'quote', text: t.quote, attribution: t.attribution });
  if (e.bodyImage !== null)
    body.splice(3, 0, { type: 'image', mediaId: e.bodyImage + 1, caption: caption(lang, e.bodyImage) });
  if (e.heading) body.splice(body.length - 1, 0, { type: 'heading', level: 2, text: t.heading });
  if (e.list) body.push({ type: 'list', ordered: false, items: t.list.map((text) => [{ text }]) });
  if (e.video) body.push({ type: 'embed', provider: 'youtube', url: e.video, title: t.video });

  const delay = lang === 'en' ? 0 : r.int(10, 90) * MINUTE;
  const publishedAt = floorToSecond(Math.min(now.getTime(), e.publishedAt.getTime() + delay));
  const updatedAt =
    e.updatedAfter === null
      ? publishedAt
      : floorToSecond(Math.min(now.getTime(), publishedAt.getTime() + e.updatedAfter * MINUTE));
  const p = e.facts.p;
  let sectionSlug: string;
  let tagSlugs: string[];
  let authorSlugs: string[];
  if (lang === 'en' || tax === null) {
    sectionSlug = e.kind.en.section(p);
    tagSlugs = e.kind.en.tags(p);
    authorSlugs = [r.pick(e.kind.en.authors)];
  } else if (lang === 'ru') {
    sectionSlug = tax.section(e.kind.ru.section);
    tagSlugs = e.kind.ru.tags.map(tax.tag);
    authorSlugs = [tax.author(r.pick(e.kind.ru.authors))];
  } else {
    sectionSlug = tax.section(e.kind.ar.section(p));
    tagSlugs = e.kind.ar.tags.map(tax.tag);
    authorSlugs = [tax.author(r.pick(e.kind.ar.authors))];
  }
  return {
    sectionSlug,
    title: t.title,
    slug: slugify(t.title),
    lede: t.lede,
    body,
    heroImage: e.heroImage,
    heroCaption: e.heroImage === null ? '' : caption(lang, e.heroImage),
    tagSlugs,
    authorSlugs,
    status: 'published',
    featured: 0,
    publishedAt,
    updatedAt,
    translationKey: e.key,
  };
}
