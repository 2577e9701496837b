/**
 * The toolbox every chart carries: save as image, show the data as a table. Chinese titles (ECharts'
 * own are English); the data view is the table `rows` gives, read-only.
 */
export function toolbox(table: () => { head: string[]; rows: string[][] }): Record<string, unknown> {
	return {
		right: 4,
		top: 0,
		itemSize: 14,
		feature: {
			dataView: {
				title: '查看数据',
				readOnly: true,
				lang: ['数据', '关闭', '刷新'],
				optionToContent: () => tableHtml(table())
			},
			saveAsImage: { title: '保存为图片', name: '图表', pixelRatio: 2 }
		}
	};
}

function escape(text: string): string {
	return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

export function tableHtml({ head, rows }: { head: string[]; rows: string[][] }): string {
	const cell = (tag: string, text: string) => `<${tag} style="border:1px solid #ccc;padding:2px 8px;text-align:left">${escape(text)}</${tag}>`;
	return `<table style="border-collapse:collapse;font-size:13px"><thead><tr>${head.map((h) => cell('th', h)).join('')}</tr></thead><tbody>${rows
		.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`)
		.join('')}</tbody></table>`;
}
