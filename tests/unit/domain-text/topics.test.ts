import { describe, expect, it } from 'vitest';
import { classifyTopics, DEFAULT_TOPIC_LEXICON } from '../../../renderer/src/domain/text/topics.js';
import { en } from '../../../renderer/src/ui/i18n/en.js';
import { es } from '../../../renderer/src/ui/i18n/es.js';

describe('classifyTopics', () => {
  it('covers every topic in English and Spanish, with a label each', () => {
    expect(Object.keys(DEFAULT_TOPIC_LEXICON)).toEqual(['trade', 'security', 'migration', 'energy', 'environment', 'culture-education', 'health', 'technology-cyber', 'diplomacy']);
    for (const topic of Object.keys(DEFAULT_TOPIC_LEXICON)) {
      expect(en, topic).toHaveProperty([`topic.${topic}`]);
      expect(es, topic).toHaveProperty([`topic.${topic}`]);
    }
  });

  it('tags a topic with the words that earned it, accents and endings included', () => {
    const matches = classifyTopics('New tariffs on steel exports worry the trade ministry. Los aranceles afectan el comercio bilateral.');
    expect(matches[0]).toEqual({ topic: 'trade', terms: ['trade', 'tariffs', 'exports', 'comercio', 'aranceles'] });
  });

  it('matches Spanish terms without their accents and whole words only', () => {
    const matches = classifyTopics('La política de energía y el petróleo dominan; la electricidad sube.');
    expect(matches.map((m) => m.topic)).toContain('energy');
    expect(matches.find((m) => m.topic === 'energy')!.terms).toEqual(['energía', 'petróleo', 'electricidad']);
    expect(classifyTopics('cybersecurity '.repeat(5)).map((m) => m.topic)).toEqual(['technology-cyber']);
  });

  it('needs more than one passing mention', () => {
    expect(classifyTopics('The minister mentioned health once.')).toEqual([]);
    expect(classifyTopics('Trade, trade, trade, trade and more trade.').map((m) => m.topic)).toEqual(['trade']);
  });

  it('uses an edited lexicon', () => {
    const lexicon = { fisheries: ['quota*', 'trawler*', 'pesca'] };
    expect(classifyTopics('Quotas for trawlers were cut; trawler owners protested.', lexicon)).toEqual([{ topic: 'fisheries', terms: ['quotas', 'trawlers', 'trawler'] }]);
    expect(classifyTopics('Quotas were cut.', lexicon, { minTerms: 1, minOccurrences: 1, minOccurrencesAlone: 1 })).toEqual([{ topic: 'fisheries', terms: ['quotas'] }]);
  });

  it('gives at most three topics, and only those mentioned nearly as often as the leading one', () => {
    const text = [
      'Trade and tariffs, trade and exports, trade and customs, trade again.',
      'Security and police, security and violence, security once more.',
      'Migration and asylum, migration and refugees.',
      'Energy and oil, energy and electricity.',
      'One note on climate and water and carbon.',
    ].join(' ');
    expect(classifyTopics(text).map((m) => m.topic)).toEqual(['trade', 'security', 'migration']);
    const passing = 'Trade, tariffs, exports, customs, trade, trade, trade, trade, trade, trade, trade, trade. Health and hospitals, health.';
    expect(classifyTopics(passing).map((m) => m.topic)).toEqual(['trade']);
  });
});

describe('topics weighed against the brief', () => {
  const filler = 'The committee met again in the afternoon and read the minutes of the previous session aloud. ';
  it('drops a theme that a long brief mentions only in passing', () => {
    const long = `${filler.repeat(150)}Tariffs and customs came up once, and trade once more.`;
    expect(classifyTopics(long).map((t) => t.topic)).not.toContain('trade');
    expect(classifyTopics(`${filler.repeat(3)}Tariffs and customs came up once, and trade once more.`).map((t) => t.topic)).toContain('trade');
  });

  it('takes a single term that a short note keeps returning to', () => {
    const note = 'Migration was the first item. Migration figures rose in spring. The talks on migration went well. Both sides will meet on migration again in May.';
    expect(classifyTopics(note)).toEqual([{ topic: 'migration', terms: ['migration'] }]);
  });
});
