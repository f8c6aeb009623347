// The PDF's document information, the same for the desktop export, the CLI and the print view.
import type { Book, Brief } from '../types.js';

export interface BookMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
}

/**
 * Author: the book's "prepared by", else the author named in Settings. Subject: what the book is
 * for (its subtitle, else its meeting). Keywords: the topics of its briefs, named in the book's
 * language by `topicName` (never the internal slugs).
 */
export function bookMetadata(book: Book, briefs: Iterable<Brief>, authorName: string, topicName: (topic: string) => string): BookMetadata {
  const topics = new Set([...briefs].flatMap((b) => b.topics));
  return {
    title: book.title.slice(0, 500),
    author: (book.preparedBy.trim() || authorName.trim()).slice(0, 500),
    subject: (book.subtitle.trim() || book.meeting.trim()).slice(0, 1000),
    keywords: [...topics].map((t) => topicName(t).slice(0, 100)).slice(0, 50),
  };
}
