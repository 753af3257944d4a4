// Type declarations for two small text libraries that ship none.

declare module 'wink-porter2-stemmer' {
  /** The Porter2 (English) stem of a lower-case word. */
  function stem(word: string): string;
  export = stem;
}

declare module 'stopword' {
  /** English stopwords, lower case. */
  export const eng: readonly string[];
}
