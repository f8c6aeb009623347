// Which writing system, and so which language tag, a piece of text is in. The tag decides the
// font (Han characters take Japanese, Korean, Simplified or Traditional forms), the direction
// (Arabic and Hebrew run right to left) and the Lang of the tagged PDF. Pure, and cheap enough
// to run on every block of a book.

export type Script = 'latin' | 'greek' | 'cyrillic' | 'arabic' | 'hebrew' | 'devanagari' | 'han' | 'kana' | 'hangul';

const RANGES: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['greek', /\p{Script=Greek}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['han', /\p{Script=Han}/u],
];

/** Letters per script, ignoring digits, punctuation and spaces. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    for (const [script, re] of RANGES) {
      if (re.test(ch)) {
        counts.set(script, (counts.get(script) ?? 0) + 1);
        break;
      }
    }
  }
  return counts;
}

// Common characters written differently in the two Chinese standards; a text leans to the side
// it uses more of.
const SIMPLIFIED = new Set('这们来个时国说会对为发后与经学关动现进过还点开问实么东车长见书话门间马鸟鱼电气网页广专业务产农权种区开应当让认识语资总统济际欢观护厂历爱头买卖听写读边两龙华单战从众'.split(''));
const TRADITIONAL = new Set('這們來個時國說會對為發後與經學關動現進過還點開問實麼東車長見書話門間馬鳥魚電氣網頁廣專業務產農權種區開應當讓認識語資總統濟際歡觀護廠歷愛頭買賣聽寫讀邊兩龍華單戰從眾'.split(''));

function chineseVariant(text: string, hint: string): 'zh-Hans' | 'zh-Hant' {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED.has(ch)) simplified++;
    else if (TRADITIONAL.has(ch)) traditional++;
  }
  if (simplified !== traditional) return simplified > traditional ? 'zh-Hans' : 'zh-Hant';
  return /^zh-(hant|tw|hk|mo)\b/i.test(hint) ? 'zh-Hant' : 'zh-Hans';
}

const SCRIPT_OF_LANGUAGE: Record<string, Script> = {
  ar: 'arabic', fa: 'arabic', ur: 'arabic', ps: 'arabic', he: 'hebrew', yi: 'hebrew', hi: 'devanagari', mr: 'devanagari',
  ne: 'devanagari', el: 'greek', ru: 'cyrillic', uk: 'cyrillic', bg: 'cyrillic', sr: 'cyrillic', mk: 'cyrillic', be: 'cyrillic',
  kk: 'cyrillic', ja: 'kana', ko: 'hangul', zh: 'han',
};
const DEFAULT_LANGUAGE: Partial<Record<Script, string>> = { greek: 'el', cyrillic: 'ru', arabic: 'ar', hebrew: 'he', devanagari: 'hi' };

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The language tag of `text`: from its dominant script, keeping `hint` (a declared or stored tag)
 * when the hint is written in that script. Null when the text is Latin (or has no letters) and
 * the hint says nothing better: the caller keeps the tag it has.
 */
export function languageOfText(text: string, hint = ''): string | null {
  const counts = scriptCounts(text);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const kana = counts.get('kana') ?? 0;
  const hangul = counts.get('hangul') ?? 0;
  const han = counts.get('han') ?? 0;
  // Japanese mixes kana into Han; Korean may carry some Han. Any share of kana or hangul decides.
  if (kana + hangul + han >= total * 0.3) {
    if (kana >= hangul && kana > 0) return 'ja';
    if (hangul > 0) return 'ko';
    if (han > 0) return chineseVariant(text, hint);
  }
  const [script] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const hinted = primary(hint);
  if (script === 'latin') return null;
  if (SCRIPT_OF_LANGUAGE[hinted] === script) return hinted;
  if (script === 'cyrillic' && /[іїєґ]/i.test(text)) return 'uk';
  return DEFAULT_LANGUAGE[script] ?? null;
}

/** True when `text` has letters beyond Latin (and beyond punctuation and symbols), which need the script fonts. */
export function hasNonLatinLetters(text: string): boolean {
  return /[\u0370-\u1DFF\u1F00-\u1FFF\u2E80-\uFFEF\u{10000}-\u{3FFFF}]/u.test(text);
}

const RTL = new Set(['ar', 'fa', 'ur', 'ps', 'he', 'yi']);

export function isRightToLeft(tag: string): boolean {
  return RTL.has(primary(tag));
}

/**
 * A brief's tag for printing and reading: its stored tag unless its text is in a script that
 * tag cannot be written in. 'und' (undetermined) gives way to anything the text shows.
 */
export function briefLanguage(stored: string, text: string): string {
  const fromText = languageOfText(text, stored);
  if (fromText) return fromText;
  return stored && stored !== 'und' && !SCRIPT_OF_LANGUAGE[primary(stored)] ? stored : 'und';
}

/** A brief's tag from its stored tag, title and the start of its text (enough to tell the script). */
export function languageOfBrief(brief: { language: string; title: string; markdown: string }): string {
  return briefLanguage(brief.language, `${brief.title}\n${brief.markdown.slice(0, 4000)}`);
}

/** `lang` and `dir` for a short run of text (a title) read inside `context`: '' for undetermined. */
export function textAttributes(text: string, context: string): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = languageOfText(text, context) ?? context;
  return { lang: lang === 'und' ? '' : lang, dir: isRightToLeft(lang) ? 'rtl' : 'ltr' };
}
