import type { Bilingual } from './bilingual';

/**
 * The controlled topic vocabulary: the only topics a bulletin or a measure may
 * carry. Adding a topic means adding it here, with its names in both languages.
 */
export const TOPICS = {
  financing: { en: 'Financing', zh: '融资支持' },
  qualifications: { en: 'Qualifications', zh: '企业资质' },
  industrialisation: { en: 'Industrialisation & prefabricated building', zh: '建筑工业化与装配式建筑' },
  'investment-projects': { en: 'Investment projects', zh: '投资项目' },
  'enterprise-relief': { en: 'Enterprise relief', zh: '助企纾困' },
  'out-of-province': { en: 'Out-of-province expansion', zh: '省外发展' },
  statistics: { en: 'Statistics', zh: '统计入统' },
  approvals: { en: 'Approvals & permits', zh: '审批服务' },
  'industrial-parks': { en: 'Industrial parks & land', zh: '园区与用地' },
  incentives: { en: 'Rewards & incentives', zh: '奖励扶持' },
  supervision: { en: 'Supervision & accountability', zh: '督办考核' },
  'policy-outreach': { en: 'Policy publicity', zh: '政策宣贯' },
  pricing: { en: 'Construction pricing', zh: '工程造价' },
  'real-estate': { en: 'Real estate market', zh: '房地产市场' },
  employment: { en: 'Labour & employment', zh: '劳务用工' },
  'green-building': { en: 'Green building', zh: '绿色建筑' },
} as const satisfies Record<string, Bilingual>;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];

/**
 * Every topic a bulletin touches: its own and its measures', each once, in the
 * vocabulary's order. A bulletin with one measure on pricing is found under pricing.
 */
export function topicsCovered(facts: { topics: readonly TopicId[]; measures: readonly { topics: readonly TopicId[] }[] }): TopicId[] {
  const used = new Set([...facts.topics, ...facts.measures.flatMap((measure) => measure.topics)]);
  return TOPIC_IDS.filter((topic) => used.has(topic));
}
