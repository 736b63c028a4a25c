import type { Lang } from '../../i18n/locales';
import type { BulletinFacts } from '../content/schema/facts';

type Reference = BulletinFacts['references'][number];

/**
 * A cited document as each language writes it:
 * 山东省人民政府办公厅《关于…的十六条意见》（鲁政办字〔2019〕53号）
 * “Sixteen Opinions on …”, General Office of the Shandong Provincial Government (鲁政办字〔2019〕53号)
 */
export function citeReference(reference: Reference, lang: Lang): string {
  const { title, issuer, number } = reference;
  if (lang === 'zh') return `${issuer?.zh ?? ''}《${title.zh}》（${number}）`;
  return `“${title.en}”${issuer ? `, ${issuer.en}` : ''} (${number})`;
}
