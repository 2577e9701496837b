/**
 * The columns of each snapshot table (docs/spec/SNAPSHOT.md): the name used in the database, the header
 * names accepted for it (indicator code and Chinese name), and whether the column is required.
 */
export interface ColumnSpec {
	name: string;
	headers: string[];
	required: boolean;
}

export type TableName = 'persons' | 'enrolments' | 'units' | 'population';

const col = (name: string, chinese: string[], required = false, code = name.toUpperCase()): ColumnSpec => ({
	name,
	headers: [code, ...chinese],
	required
});

/**
 * Every header name accepted for each column, in one table: the indicator code, the docs/spec/SNAPSHOT.md Chinese
 * name, the 人社部发〔2014〕41号 附件1 names (with their bracketed notes) and the names office sheets use.
 * Compared after headerKey(): white space and line breaks removed, full-width brackets made half-width,
 * letters lower-case; a header with a bracketed note that matches nothing is tried without the note.
 */
export const TABLE_COLUMNS: Record<TableName, ColumnSpec[]> = {
	persons: [
		col('aac001', ['人员编号', '个人编号', '人员ID']),
		col('aac003', ['姓名', '人员姓名'], true),
		col('aac004', ['性别'], true),
		col('aac002', ['公民身份号码', '身份证号码', '身份证号', '证件号码', '居民身份证号码', '社会保障号码', '公民身份证号码'], true),
		col('aac006', ['出生日期', '出生年月日', '出生年月'], true),
		col('aac012', ['个人身份', '人员身份']),
		col('aac009', ['户口性质', '户口性质（户籍地类别）', '户籍地类别', '户籍性质', '户口类别']),
		col('aac010', ['户口所在地', '户籍所在地', '户口所在地地址', '户籍地址'], true),
		col('aae006', ['常住所在地地址', '常住地址', '居住地址', '现居住地址', '常住所在地'], true),
		col('aab401', ['户口簿编号', '户口本编号']),
		col('aab402', ['家庭编号']),
		col('aab301', ['行政区划编码', '行政区划代码', '所属行政区划', '行政区划'], true),
		col('aae005', ['联系电话', '电话号码', '手机号码', '联系方式']),
		col('aic003', ['养老保险参保状态', '养老参保状态', '基本养老保险参保状态'], true),
		col('akc003', ['医疗保险参保状态', '医保参保状态', '基本医疗保险参保状态'], true),
		col('alc003', ['工伤保险参保状态', '工伤参保状态'], true),
		col('ajc003', ['失业保险参保状态', '失业参保状态'], true),
		col('amc003', ['生育保险参保状态', '生育参保状态'], true),
		col('aae011', ['经办人', '采集人', '经办人（采集人）']),
		col('aae036', ['经办时间', '采集时间', '经办日期', '经办时间（采集时间）']),
		col('aae014', ['复核人', '审核人']),
		col('aae015', ['复核时间', '审核时间', '复核日期']),
		col('hj_local', ['本地户籍标识', '是否本地户籍', '本地户籍'], true, 'hj_local'),
		col('reg_status', ['登记入库方式', '入库方式', '登记状态'], true, 'reg_status'),
		col('employment', ['就业状态', '就业情况'], false, 'employment'),
		col('aab001', ['单位编号', '单位编码', '用人单位编号'])
	],
	enrolments: [
		col('aac002', ['公民身份号码', '身份证号码', '身份证号', '证件号码', '居民身份证号码', '社会保障号码', '公民身份证号码'], true),
		col('aac003', ['姓名', '人员姓名']),
		col('scheme', ['参保险种', '险种', '险种类型'], true, 'scheme'),
		col('aab301', ['参保地行政区划编码', '行政区划编码', '参保地行政区划代码', '行政区划代码', '参保地'], true),
		col('status', ['参保状态', '缴费状态'], true, 'status'),
		col('aab001', ['单位编号', '单位编码', '用人单位编号']),
		col('start_date', ['参保日期', '参保时间', '首次参保日期'], false, 'start_date')
	],
	units: [
		col('aab301', ['行政区划编码', '行政区划代码', '所属行政区划'], true),
		col('aab001', ['单位编号', '单位编码'], true),
		col('aab004', ['单位名称'], true),
		col('aab019', ['单位类型']),
		col('employees', ['在职职工人数', '职工人数', '在职人数'], false, 'employees'),
		col('industry', ['行业门类', '行业'], false, 'industry')
	],
	population: [
		col('aab301', ['行政区划编码', '行政区划代码'], true),
		col('huji_population', ['户籍人口数', '户籍人口'], true, 'huji_population')
	]
};

/**
 * The columns that hold identifiers or codes a spreadsheet must never turn into numbers (Excel shows a
 * 12-digit village code as 5.20328E+11 and saves it so in a CSV).
 */
export const ID_COLUMNS: Partial<Record<TableName, string[]>> = {
	persons: ['aac002', 'aab402', 'aae005', 'aab001', 'aab401', 'aac001', 'aab301'],
	enrolments: ['aac002', 'aab001', 'aab301'],
	units: ['aab001', 'aab301'],
	population: ['aab301']
};

/** The date columns (docs/spec/SNAPSHOT.md): a spreadsheet's date cells and serial numbers are read as dates there. */
export const DATE_COLUMNS: Partial<Record<TableName, string[]>> = {
	persons: ['aac006', 'aae036', 'aae015'],
	enrolments: ['start_date']
};

export const TABLE_LABELS: Record<TableName, string> = {
	persons: '人员基础信息',
	enrolments: '参保记录',
	units: '单位基础信息',
	population: '户籍人口数'
};

export const REQUIRED_TABLES: TableName[] = ['persons', 'enrolments'];
export const OPTIONAL_TABLES: TableName[] = ['units', 'population'];

/**
 * Header text as compared: BOM, white space and line breaks removed (a header cell written
 * "公民身份\n号码"), full-width brackets half-width, indicator codes case-insensitive.
 */
export function headerKey(header: string): string {
	return header
		.replace(/^\uFEFF/, '')
		.replace(/[\s\u00a0\u3000]+/g, '')
		.replace(/（/g, '(')
		.replace(/）/g, ')')
		.toLowerCase();
}

/** The header without a trailing bracketed note: "户口性质(户籍地类别)" → "户口性质". */
function withoutNote(key: string): string {
	return key.replace(/\([^()]*\)$/, '');
}

/**
 * Maps the headers found in a file to the table's columns: for each column, the index of the
 * header that names it (or -1). The first matching header wins.
 */
export function matchColumns(table: TableName, headers: string[]): Map<string, number> {
	const keys = headers.map(headerKey);
	const bare = keys.map(withoutNote);
	const found = new Map<string, number>();
	for (const column of TABLE_COLUMNS[table]) {
		let index = -1;
		for (const list of [keys, bare]) {
			for (const accepted of column.headers) {
				index = list.indexOf(headerKey(accepted));
				if (index >= 0) break;
			}
			if (index >= 0) break;
		}
		found.set(column.name, index);
	}
	return found;
}

/** How many of the table's columns `headers` names (to tell a header row from a title row). */
export function matchedCount(table: TableName, headers: string[]): number {
	let n = 0;
	for (const index of matchColumns(table, headers).values()) if (index >= 0) n++;
	return n;
}

export function describeColumn(spec: ColumnSpec): string {
	return spec.headers.length > 1 ? `${spec.headers[0]}（${spec.headers[1]}）` : spec.headers[0];
}
