import type { EChartsCoreOption } from 'echarts/core';
import { percent } from '../../shared/format.ts';
import { INK, NO_DATA_COLOUR, statusColour, type Status } from './colours.ts';

/**
 * Option of a choropleth of regions: each area in its status colour (docs/spec/METRICS.md bands, as the
 * engine gave them — nothing is recomputed here), grey without data, named with its figure.
 */
export interface MapItem {
	code: string;
	/** the feature's name in the GeoJSON (the reference name) */
	name: string;
	value: number | null;
	status: Status;
}

export function mapOption({ mapName, items, compact = false }: { mapName: string; items: MapItem[]; compact?: boolean }): EChartsCoreOption {
	return {
		animation: false,
		tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}<br/>${Number.isFinite(p.value) ? percent(p.value) : '无数据'}` },
		series: [
			{
				type: 'map',
				map: mapName,
				roam: false,
				layoutCenter: ['50%', '50%'],
				layoutSize: '96%',
				cursor: 'pointer',
				selectedMode: false,
				itemStyle: { areaColor: NO_DATA_COLOUR, borderColor: '#fff', borderWidth: 1 },
				label: {
					show: true,
					color: INK,
					fontSize: compact ? 10 : 12,
					formatter: (p: { name: string; value: number }) => (compact ? shortName(p.name) : `${shortName(p.name)}\n${Number.isFinite(p.value) ? percent(p.value) : '—'}`),
					textBorderColor: '#fff',
					textBorderWidth: 2
				},
				emphasis: { label: { show: true }, itemStyle: { areaColor: '#ffd8a8' } },
				data: items.map((i) => ({ name: i.name, value: i.value ?? NaN, code: i.code, itemStyle: { areaColor: statusColour(i.status) } }))
			}
		]
	};
}

const ETHNIC = '苗|侗|布依|彝|回|仡佬|土家|水|壮|瑶|白|哈尼|傣|藏|羌|蒙古|满|朝鲜|黎|畲|纳西|傈僳|拉祜|佤|景颇|独龙|怒|普米|阿昌|德昂|布朗|基诺|哈萨克|维吾尔|柯尔克孜|塔吉克|锡伯|达斡尔|鄂温克|鄂伦春|裕固|保安|东乡|撒拉|土|毛南|仫佬|京';
const AUTONOMOUS = new RegExp(`(?:(?:${ETHNIC})族)+自治(州|县|旗)$`);

/** 黔东南苗族侗族自治州 → 黔东南州, 威宁彝族回族苗族自治县 → 威宁县: labels that fit on a map. */
export function shortName(name: string): string {
	return name.replace(AUTONOMOUS, '$1');
}
