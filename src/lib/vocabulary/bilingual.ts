/** A piece of text that exists in both of the site's languages. */
export interface Bilingual {
  en: string;
  zh: string;
}
