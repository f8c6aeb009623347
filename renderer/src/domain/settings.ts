// User preferences and their defaults.
export type Theme = 'system' | 'light' | 'dark' | 'sepia';

export interface Preferences {
  authorName: string;
  defaultMarking: string;
  paper: 'A4' | 'Letter';
  theme: Theme;
  /** '' follows the system locale. */
  language: '' | 'en' | 'es';
  textSize: number;
}

export const DEFAULT_PREFERENCES: Preferences = {
  authorName: '',
  defaultMarking: 'UNCLASSIFIED',
  paper: 'A4',
  theme: 'system',
  language: '',
  textSize: 18,
};

export const TEXT_SIZES = [14, 16, 18, 20, 22, 26] as const;

export const MARKING_PRESETS = ['UNCLASSIFIED', 'SENSITIVE BUT UNCLASSIFIED', 'FOR OFFICIAL USE ONLY', 'CONFIDENTIAL — DRAFT'] as const;
