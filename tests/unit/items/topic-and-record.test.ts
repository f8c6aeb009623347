import { describe, expect, it } from 'vitest';
import { itemTopic } from '../../../renderer/src/domain/items/topic.js';
import { itemSchema } from '../../../renderer/src/domain/backup/records.js';
import { item } from './fixtures.js';

describe('itemTopic', () => {
  it("reads the topic from the item's own words, not the brief's first topic", () => {
    expect(itemTopic('Launching joint cyber-defence drills to protect digital infrastructure.', ['trade'])).toBe('technology-cyber');
    expect(itemTopic('Reforzar la seguridad y la inteligencia en la frontera.', ['trade'])).toBe('security');
    expect(itemTopic('Abrir una oficina de aduanas en el puerto.', ['security'])).toBe('trade');
  });

  it('names the topic mentioned first among equals', () => {
    expect(itemTopic('Cybersecurity teams will share intelligence.', [])).toBe('technology-cyber');
    expect(itemTopic('Intelligence teams will run cybersecurity drills.', [])).toBe('security');
  });

  it("falls back to the brief's first topic, or none", () => {
    expect(itemTopic('Book the meeting room for Tuesday.', ['diplomacy', 'trade'])).toBe('diplomacy');
    expect(itemTopic('Book the meeting room for Tuesday.', [])).toBe('');
  });
});

describe('the backup schema of checklist items', () => {
  it('accepts items with and without a source date and a reason, so no migration is needed', () => {
    const plain = item({ id: 'a', text: 'Train staff.' });
    expect(itemSchema.safeParse(plain).success).toBe(true);
    const suggested = { ...plain, sourceDate: 'Q3 2031', reason: 'schedule', dismissReason: 'covered elsewhere' };
    expect(itemSchema.parse(suggested)).toEqual(suggested);
  });

  it('refuses an unknown reason and an over-long source date', () => {
    const plain = item({ id: 'a', text: 'Train staff.' });
    expect(itemSchema.safeParse({ ...plain, reason: 'hunch' }).success).toBe(false);
    expect(itemSchema.safeParse({ ...plain, sourceDate: 'x'.repeat(201) }).success).toBe(false);
  });
});
