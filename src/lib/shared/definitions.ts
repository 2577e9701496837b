/**
 * The figures in plain Chinese, from docs/spec/METRICS.md: shown on hover (title) beside a figure and
 * on the 帮助 page (/help). `key` is the docs/spec/METRICS.md key without the insurance prefix.
 */
export interface Definition {
	key: string;
	name: string;
	/** the formula, as a reader says it */
	formula: string;
	/** what is counted, in a sentence or two */
	text: string;
}

export const DEFINITIONS: Definition[] = [
	{ key: 'coverage', name: '参保率', formula: '参保率 = 已参保人数 ÷ 应参保人数', text: '应参保人数 = 已参保人数 + 应参未参人数；参军、出国、判刑等及不需参加该险种的人员不计入。应参保人数为 0 时不计算。' },
	{ key: 'insured', name: '已参保人数', formula: '已参保 = 本地参保 + 异地参保', text: '登记库中该险种状态为参保代码（如养老保险 11–15）或省内、省外异地参保（81、82）的人员。' },
	{ key: 'uninsured', name: '应参未参人数', formula: '应参未参 = 个人未参保 + 单位未予参保 + 中断', text: '该险种状态为 91 个人未参保、92 单位未予参保或 94 中断缴费的人员，是扩面工作的对象。' },
	{ key: 'gap_to_target', name: '距目标还差', formula: '距目标还差 = 目标 × 应参保人数（向上取整）− 已参保人数', text: '还需新增多少参保人员才能达到计划目标（养老保险 90%、医疗保险 95%，其他 90%）；已达到时为 0。' },
	{ key: 'duplicate_enrolled', name: '重复参保人数', formula: '同一险种有两条及以上有效参保记录的人数', text: '按公民身份号码统计，参保缴费或享受待遇的记录为有效记录；同一制度或不同制度、同地或异地都算。' },
	{ key: 'duplicate_benefit', name: '重复享受待遇人数', formula: '同一险种有两条及以上享受待遇记录的人数', text: '按公民身份号码统计。' },
	{ key: 'registration_rate', name: '全民参保登记率', formula: '登记率 = 已确认入库人数 ÷ 已获得数据人数', text: '已确认入库 = 本地参保直接入库 − 其中非本地户籍 + 省内异地确认 + 省外异地确认 + 已核实入库；已获得数据人数为本地户籍人员数。' },
	{ key: 'verification_rate', name: '入户调查核实进度', formula: '核实进度 = 已核实入库人数 ÷ 需调查核实人数', text: '需调查核实的人员中，经入户调查已核实入库的比例。' },
	{ key: 'status', name: '达标颜色', formula: '绿：参保率达到目标；黄：低于目标不超过 5 个百分点；红：更低', text: '按计划目标精确比较。' },
	{ key: 'delta', name: '较上期', formula: '本期 − 上一期快照', text: '比率以百分点计（91.3% → 92.6% 为 +1.3 个百分点）；上一期没有数据时不显示。' },
	{ key: 'movement', name: '名次变化', formula: '上期名次 − 本期名次', text: '正数为上升，负数为下降；名次相同者并列（1、2、2、4），没有数值的地区不排名。' },
	{ key: 'projection', name: '预计达标日期', formula: '最近至多四期参保率的直线趋势达到目标的日期', text: '少于两期或参保率不升时不预计；这是推算，不是承诺。' },
	{ key: 'own', name: '本级', formula: '地区代码只到本级或不在区划表中的人员', text: '例如代码只到县级（520302000）的人员计入“红花岗区本级”；本级行不参与排名。' }
];

const BY_KEY = new Map(DEFINITIONS.map((d) => [d.key, d]));

/** The definition of a docs/spec/METRICS.md key (pension.coverage → 参保率), or null. */
export function definitionOf(metricKey: string): Definition | null {
	return BY_KEY.get(metricKey.includes('.') ? metricKey.slice(metricKey.indexOf('.') + 1) : metricKey) ?? null;
}

/** Hover text: "参保率 = 已参保人数 ÷ 应参保人数。应参保人数 = …" */
export function definitionTitle(metricKey: string): string {
	const d = definitionOf(metricKey);
	return d ? `${d.formula}。${d.text}` : '';
}
