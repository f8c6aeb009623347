// User preferences and their defaults.
import type { TopicLexicon } from './text/topics.js';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';

export interface Preferences {
  authorName: string;
  defaultMarking: string;
  paper: 'A4' | 'Letter';
  theme: Theme;
  /** '' follows the system locale. */
  language: '' | 'en' | 'es';
  textSize: number;
  /** The topic lexicon used on import; null means the built-in one. */
  topicLexicon: TopicLexicon | null;
}

export const DEFAULT_PREFERENCES: Preferences = {
  authorName: '',
  defaultMarking: 'UNCLASSIFIED',
  paper: 'A4',
  theme: 'system',
  language: '',
  textSize: 18,
  topicLexicon: null,
};

export const TEXT_SIZES = [14, 16, 18, 20, 22, 26] as const;

export const MARKING_PRESETS = ['UNCLASSIFIED', 'SENSITIVE BUT UNCLASSIFIED', 'FOR OFFICIAL USE ONLY', 'CONFIDENTIAL — DRAFT'] as const;
