// Writes a corpus of N bulletins (both languages): the five real ones and N - 5
// synthetic ones made from them, for the benchmark: `node scripts/bench/generate-corpus.mjs <N> <dir>`.
//
// Each synthetic bulletin takes the structure of one real bulletin (its measure
// headings, facts, topics) and fills its paragraphs with paragraph pairs (English
// and Chinese of the same block) drawn from all five, so the texts stay parallel
// and realistic. Each gets a region, a date, varied figures, and a made-up place
// (county) named in its title and first paragraph: a place-name query matches about
// 1 in PLACES.length bulletins, and ordinary policy words a larger share, as in a
// real archive.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const REAL = join(CONTENT, 'bulletins');
/** Regions a synthetic bulletin may come from: the site's own, so ids and facts validate. */
const REGIONS = { shandong: 'sd', zhejiang: 'zj', hubei: 'hb', guangdong: 'gd', dezhou: 'dz', zhaoqing: 'zq', deqing: 'dq' };

/** Syllables for made-up county names: 30 × 30 pairs, enough for distinct places. */
const SYLLABLES = [
  ['an', '安'], ['bai', '白'], ['chang', '长'], ['dong', '东'], ['feng', '丰'], ['gao', '高'], ['hua', '华'], ['jin', '金'], ['kang', '康'], ['lin', '林'],
  ['ming', '明'], ['ning', '宁'], ['ping', '平'], ['qing', '青'], ['rui', '瑞'], ['shan', '山'], ['tai', '泰'], ['wen', '文'], ['xin', '新'], ['yang', '阳'],
  ['ze', '泽'], ['bao', '宝'], ['cheng', '城'], ['de', '德'], ['fu', '福'], ['guang', '广'], ['he', '河'], ['jiang', '江'], ['long', '龙'], ['yun', '云'],
];

/** A deterministic pseudo-random generator, so a corpus of a size is the same every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function readBulletin(id) {
  const text = (lang) => {
    const source = readFileSync(join(REAL, id, `${lang}.md`), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    // Translator's notes belong to their own text: a synthetic bulletin mixing paragraphs would separate markers from notes.
    const blocks = body.split(/\n\s*\n/).filter((b) => b.trim() !== '' && !/^\[\^[^\]]+\]:/.test(b));
    return { front: load(front), blocks: blocks.map((b) => b.replace(/\[\^[^\]]+\]/g, '')) };
  };
  return { id, facts: load(readFileSync(join(REAL, id, 'facts.yaml'), 'utf8')), en: text('en'), zh: text('zh') };
}

const isParagraph = (block) => !/^(#|\s*[-*+] |\s*\d+[.)] |\s*\||\s*>)/.test(block);

export function generateCorpus(count, dir, { places = 50, seed = 20261123 } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const real = readdirSync(REAL).sort().map(readBulletin);
  // Every paragraph pair of every real bulletin: block i of en.md and of zh.md.
  const pairs = real.flatMap((b) => b.en.blocks.map((en, i) => ({ en, zh: b.zh.blocks[i] })).filter((p) => isParagraph(p.en) && isParagraph(p.zh)));
  const placeNames = Array.from({ length: places }, (_, i) => {
    const [a, b] = [SYLLABLES[i % 30], SYLLABLES[(i * 7 + 3) % 30]];
    return { en: `${a[0][0].toUpperCase()}${a[0].slice(1)}${b[0]} County`, zh: `${a[1]}${b[1]}县` };
  });

  rmSync(dir, { recursive: true, force: true });
  // The real content comes along (the five bulletins, the glossary, the published short links),
  // so the build does all it does for the site: glossary links, short-link checks.
  cpSync(CONTENT, dir, { recursive: true });
  const bulletinsDir = join(dir, 'bulletins');
  for (let n = real.length; n < count; n++) {
    const base = real[n % real.length];
    const region = pick(Object.keys(REGIONS));
    const year = 2015 + Math.floor(next() * 11);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const mm = String(month).padStart(2, '0');
    const place = placeNames[Math.floor(next() * placeNames.length)];
    const id = `${region}-${year}-${mm}-synthetic-${n}`;
    const facts = {
      ...base.facts,
      permalink: `${REGIONS[region]}-${year}-${mm}-${n + 1}`,
      formerPermalinks: [],
      date: `${year}-${mm}-${String(day).padStart(2, '0')}`,
      dateInferred: false,
      region,
      figures: base.facts.figures.map((f) => ({ ...f, value: Math.round(f.value * (0.5 + next()) * 10) / 10 })),
    };
    delete facts.dateNote;
    const texts = {};
    for (const lang of ['en', 'zh']) texts[lang] = [...base[lang].blocks];
    // Replace each paragraph with a paragraph pair from anywhere in the real corpus; headings and lists stay.
    texts.en.forEach((block, i) => {
      if (!isParagraph(block) || !isParagraph(texts.zh[i])) return;
      const pair = pick(pairs);
      texts.en[i] = pair.en;
      texts.zh[i] = pair.zh;
    });
    texts.en[0] = `Reported from ${place.en}. ${texts.en[0]}`;
    texts.zh[0] = `${place.zh}讯。${texts.zh[0]}`;
    const folder = join(bulletinsDir, id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'facts.yaml'), dump(facts, { lineWidth: -1 }));
    for (const lang of ['en', 'zh']) {
      const title = lang === 'en' ? `${place.en}, No. ${n + 1}: ${base.en.front.title}` : `${place.zh}（第${n + 1}号）：${base.zh.front.title}`;
      const front = dump({ title, summary: base[lang].front.summary }, { lineWidth: -1 });
      writeFileSync(join(folder, `${lang}.md`), `---\n${front}---\n\n${texts[lang].join('\n\n')}\n`);
    }
  }
  return { places: placeNames };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '100', dir = '/tmp/digest-corpus'] = process.argv.slice(2);
  generateCorpus(Number(count), dir);
  console.log(`wrote ${count} bulletins to ${dir}`);
}

/** The date of the bulletin `addBulletin` publishes: newer than any in a generated corpus. */
export const PUBLISHED_DATE = '2026-11-30';

/**
 * Adds one bulletin to a generated corpus of `count`, as a publish does: the newest of all,
 * with an id and short link of its own, made from the first synthetic bulletin (its region,
 * structure and paragraphs) under a new number. Returns its id.
 */
export function addBulletin(dir, count) {
  const bulletinsDir = join(dir, 'bulletins');
  const template = readdirSync(bulletinsDir).filter((id) => id.includes('-synthetic-')).sort()[0];
  if (!template) throw new Error(`${dir} has no synthetic bulletin to make a new one from`);
  const oldNumber = Number(template.split('-synthetic-')[1]) + 1;
  const facts = load(readFileSync(join(bulletinsDir, template, 'facts.yaml'), 'utf8'));
  const [year, mm] = PUBLISHED_DATE.split('-');
  const id = `${facts.region}-${year}-${mm}-synthetic-${count}`;
  Object.assign(facts, { permalink: `${REGIONS[facts.region]}-${year}-${mm}-${count + 1}`, formerPermalinks: [], date: PUBLISHED_DATE, dateInferred: false });
  const folder = join(bulletinsDir, id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'facts.yaml'), dump(facts, { lineWidth: -1 }));
  for (const lang of ['en', 'zh']) {
    const text = readFileSync(join(bulletinsDir, template, `${lang}.md`), 'utf8');
    const renumbered = lang === 'en' ? text.replace(`, No. ${oldNumber}:`, `, No. ${count + 1}:`) : text.replace(`（第${oldNumber}号）`, `（第${count + 1}号）`);
    if (renumbered === text) throw new Error(`${template}/${lang}.md has no number ${oldNumber} in its title to change`);
    writeFileSync(join(folder, `${lang}.md`), renumbered);
  }
  return id;
}
