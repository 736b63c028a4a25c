import type { Translate } from '../../i18n/translator';
import type { Lang } from '../../i18n/locales';
import type { TimeFrame } from '../content/schema/measure-card';
import { formatDate } from '../vocabulary/dates';

/**
 * The dates of a time frame as the card prints them beside its status: "until 1 October 2020" /
 * "2020年10月1日前", "from November 2020 to December 2020" / "2020年11月至2020年12月". Null where
 * the status says it all (an undated one-off, an ongoing arrangement without a start, not stated).
 */
export function timeFrameText(time: TimeFrame, lang: Lang, t: Translate): string | null {
  const date = (d: Parameters<typeof formatDate>[0] | undefined) => (d ? formatDate(d, lang) : undefined);
  switch (time.kind) {
    case 'not-stated':
      return null;
    case 'one-off':
      if (time.from && time.through) return t('timeFrame.fromThrough', { from: date(time.from)!, through: date(time.through)! });
      if (!time.on) return null;
      // "on 3 April 2020", but "in April 2020".
      return t(time.on.day === undefined ? 'timeFrame.in' : 'timeFrame.on', { on: date(time.on)! });
    case 'ongoing':
      return time.from ? t('timeFrame.from', { from: date(time.from)! }) : null;
    case 'period': {
      const [from, through, until] = [date(time.from), date(time.through), date(time.until)];
      if (from && through) return t('timeFrame.fromThrough', { from, through });
      if (from && until) return t('timeFrame.fromUntil', { from, until });
      if (until) return t('timeFrame.until', { until });
      if (through) return t('timeFrame.through', { through });
      return t('timeFrame.from', { from: from! });
    }
  }
}
