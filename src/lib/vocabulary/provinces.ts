import type { Bilingual } from './bilingual';

/** What kind of provincial-level division a place is. */
export type DivisionKind = 'province' | 'autonomous-region' | 'municipality' | 'sar';

export interface Province {
  kind: DivisionKind;
  /** Short name: "Shandong" / "山东". */
  name: Bilingual;
  /** Full official name: "Shandong Province" / "山东省". */
  fullName: Bilingual;
}

/**
 * China's 34 provincial-level divisions, Taiwan, Hong Kong and Macao included,
 * keyed by a kebab-case ASCII slug. The names are written here once: the regions
 * that issue bulletins and the tile map both take them from this list.
 */
export const PROVINCES = {
  // North-east
  heilongjiang: { kind: 'province', name: { en: 'Heilongjiang', zh: '黑龙江' }, fullName: { en: 'Heilongjiang Province', zh: '黑龙江省' } },
  jilin: { kind: 'province', name: { en: 'Jilin', zh: '吉林' }, fullName: { en: 'Jilin Province', zh: '吉林省' } },
  liaoning: { kind: 'province', name: { en: 'Liaoning', zh: '辽宁' }, fullName: { en: 'Liaoning Province', zh: '辽宁省' } },
  // North
  'inner-mongolia': { kind: 'autonomous-region', name: { en: 'Inner Mongolia', zh: '内蒙古' }, fullName: { en: 'Inner Mongolia Autonomous Region', zh: '内蒙古自治区' } },
  beijing: { kind: 'municipality', name: { en: 'Beijing', zh: '北京' }, fullName: { en: 'Beijing Municipality', zh: '北京市' } },
  tianjin: { kind: 'municipality', name: { en: 'Tianjin', zh: '天津' }, fullName: { en: 'Tianjin Municipality', zh: '天津市' } },
  hebei: { kind: 'province', name: { en: 'Hebei', zh: '河北' }, fullName: { en: 'Hebei Province', zh: '河北省' } },
  shanxi: { kind: 'province', name: { en: 'Shanxi', zh: '山西' }, fullName: { en: 'Shanxi Province', zh: '山西省' } },
  // North-west
  xinjiang: { kind: 'autonomous-region', name: { en: 'Xinjiang', zh: '新疆' }, fullName: { en: 'Xinjiang Uygur Autonomous Region', zh: '新疆维吾尔自治区' } },
  ningxia: { kind: 'autonomous-region', name: { en: 'Ningxia', zh: '宁夏' }, fullName: { en: 'Ningxia Hui Autonomous Region', zh: '宁夏回族自治区' } },
  qinghai: { kind: 'province', name: { en: 'Qinghai', zh: '青海' }, fullName: { en: 'Qinghai Province', zh: '青海省' } },
  gansu: { kind: 'province', name: { en: 'Gansu', zh: '甘肃' }, fullName: { en: 'Gansu Province', zh: '甘肃省' } },
  shaanxi: { kind: 'province', name: { en: 'Shaanxi', zh: '陕西' }, fullName: { en: 'Shaanxi Province', zh: '陕西省' } },
  // Centre and east
  henan: { kind: 'province', name: { en: 'Henan', zh: '河南' }, fullName: { en: 'Henan Province', zh: '河南省' } },
  shandong: { kind: 'province', name: { en: 'Shandong', zh: '山东' }, fullName: { en: 'Shandong Province', zh: '山东省' } },
  hubei: { kind: 'province', name: { en: 'Hubei', zh: '湖北' }, fullName: { en: 'Hubei Province', zh: '湖北省' } },
  anhui: { kind: 'province', name: { en: 'Anhui', zh: '安徽' }, fullName: { en: 'Anhui Province', zh: '安徽省' } },
  jiangsu: { kind: 'province', name: { en: 'Jiangsu', zh: '江苏' }, fullName: { en: 'Jiangsu Province', zh: '江苏省' } },
  shanghai: { kind: 'municipality', name: { en: 'Shanghai', zh: '上海' }, fullName: { en: 'Shanghai Municipality', zh: '上海市' } },
  hunan: { kind: 'province', name: { en: 'Hunan', zh: '湖南' }, fullName: { en: 'Hunan Province', zh: '湖南省' } },
  jiangxi: { kind: 'province', name: { en: 'Jiangxi', zh: '江西' }, fullName: { en: 'Jiangxi Province', zh: '江西省' } },
  zhejiang: { kind: 'province', name: { en: 'Zhejiang', zh: '浙江' }, fullName: { en: 'Zhejiang Province', zh: '浙江省' } },
  // South-west
  xizang: { kind: 'autonomous-region', name: { en: 'Xizang', zh: '西藏' }, fullName: { en: 'Xizang Autonomous Region', zh: '西藏自治区' } },
  sichuan: { kind: 'province', name: { en: 'Sichuan', zh: '四川' }, fullName: { en: 'Sichuan Province', zh: '四川省' } },
  chongqing: { kind: 'municipality', name: { en: 'Chongqing', zh: '重庆' }, fullName: { en: 'Chongqing Municipality', zh: '重庆市' } },
  yunnan: { kind: 'province', name: { en: 'Yunnan', zh: '云南' }, fullName: { en: 'Yunnan Province', zh: '云南省' } },
  guizhou: { kind: 'province', name: { en: 'Guizhou', zh: '贵州' }, fullName: { en: 'Guizhou Province', zh: '贵州省' } },
  // South and the coast
  guangxi: { kind: 'autonomous-region', name: { en: 'Guangxi', zh: '广西' }, fullName: { en: 'Guangxi Zhuang Autonomous Region', zh: '广西壮族自治区' } },
  guangdong: { kind: 'province', name: { en: 'Guangdong', zh: '广东' }, fullName: { en: 'Guangdong Province', zh: '广东省' } },
  fujian: { kind: 'province', name: { en: 'Fujian', zh: '福建' }, fullName: { en: 'Fujian Province', zh: '福建省' } },
  taiwan: { kind: 'province', name: { en: 'Taiwan', zh: '台湾' }, fullName: { en: 'Taiwan Province', zh: '台湾省' } },
  macao: { kind: 'sar', name: { en: 'Macao', zh: '澳门' }, fullName: { en: 'Macao Special Administrative Region', zh: '澳门特别行政区' } },
  'hong-kong': { kind: 'sar', name: { en: 'Hong Kong', zh: '香港' }, fullName: { en: 'Hong Kong Special Administrative Region', zh: '香港特别行政区' } },
  hainan: { kind: 'province', name: { en: 'Hainan', zh: '海南' }, fullName: { en: 'Hainan Province', zh: '海南省' } },
} as const satisfies Record<string, Province>;

export type ProvinceId = keyof typeof PROVINCES;
