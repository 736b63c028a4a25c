/**
 * Units a key figure may be measured in. Values are stored in the unit's base
 * (yuan as yuan, percent as 12 for 12 %); formatting for a reader is in figures.ts.
 */
export const UNITS = {
  yuan: { en: ['yuan', 'yuan'], zh: '元' },
  percent: { en: ['%', '%'], zh: '%' },
  enterprises: { en: ['enterprise', 'enterprises'], zh: '家' },
  projects: { en: ['project', 'projects'], zh: '个' },
  problems: { en: ['problem', 'problems'], zh: '项' },
  people: { en: ['person', 'people'], zh: '人' },
  times: { en: ['time', 'times'], zh: '次' },
  'working-days': { en: ['working day', 'working days'], zh: '个工作日' },
  cities: { en: ['city', 'cities'], zh: '个市' },
  /** Hubei's 市州: cities and autonomous prefectures counted together. */
  prefectures: { en: ['city or prefecture', 'cities and prefectures'], zh: '个市州' },
  teams: { en: ['team', 'teams'], zh: '个' },
  activities: { en: ['activity', 'activities'], zh: '场' },
} as const satisfies Record<string, { en: readonly [string, string]; zh: string }>;

export type UnitId = keyof typeof UNITS;
export const UNIT_IDS = Object.keys(UNITS) as [UnitId, ...UnitId[]];
