/**
 * The columns of each snapshot table (SNAPSHOT.md): the name used in the database, the header
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

export const TABLE_COLUMNS: Record<TableName, ColumnSpec[]> = {
	persons: [
		col('aac001', ['人员编号']),
		col('aac003', ['姓名'], true),
		col('aac004', ['性别'], true),
		col('aac002', ['公民身份号码'], true),
		col('aac006', ['出生日期'], true),
		col('aac012', ['个人身份']),
		col('aac009', ['户口性质']),
		col('aac010', ['户口所在地'], true),
		col('aae006', ['常住所在地地址'], true),
		col('aab401', ['户口簿编号']),
		col('aab402', ['家庭编号']),
		col('aab301', ['行政区划编码'], true),
		col('aae005', ['联系电话']),
		col('aic003', ['养老保险参保状态'], true),
		col('akc003', ['医疗保险参保状态'], true),
		col('alc003', ['工伤保险参保状态'], true),
		col('ajc003', ['失业保险参保状态'], true),
		col('amc003', ['生育保险参保状态'], true),
		col('aae011', ['经办人']),
		col('aae036', ['经办时间']),
		col('aae014', ['复核人']),
		col('aae015', ['复核时间']),
		col('hj_local', ['本地户籍标识'], true, 'hj_local'),
		col('reg_status', ['登记入库方式'], true, 'reg_status'),
		col('employment', ['就业状态'], false, 'employment'),
		col('aab001', ['单位编号'])
	],
	enrolments: [
		col('aac002', ['公民身份号码'], true),
		col('aac003', ['姓名']),
		col('scheme', ['参保险种'], true, 'scheme'),
		col('aab301', ['参保地行政区划编码', '行政区划编码'], true),
		col('status', ['参保状态'], true, 'status'),
		col('aab001', ['单位编号']),
		col('start_date', ['参保日期'], false, 'start_date')
	],
	units: [
		col('aab301', ['行政区划编码'], true),
		col('aab001', ['单位编号'], true),
		col('aab004', ['单位名称'], true),
		col('aab019', ['单位类型']),
		col('employees', ['在职职工人数'], false, 'employees'),
		col('industry', ['行业门类'], false, 'industry')
	],
	population: [
		col('aab301', ['行政区划编码'], true),
		col('huji_population', ['户籍人口数'], true, 'huji_population')
	]
};

export const TABLE_LABELS: Record<TableName, string> = {
	persons: '人员基础信息',
	enrolments: '参保记录',
	units: '单位基础信息',
	population: '户籍人口数'
};

export const REQUIRED_TABLES: TableName[] = ['persons', 'enrolments'];
export const OPTIONAL_TABLES: TableName[] = ['units', 'population'];

/** Header text as compared: trimmed, BOM removed, indicator codes case-insensitive. */
export function headerKey(header: string): string {
	return header.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/**
 * Maps the headers found in a file to the table's columns: for each column, the index of the
 * header that names it (or -1). The first matching header wins.
 */
export function matchColumns(table: TableName, headers: string[]): Map<string, number> {
	const keys = headers.map(headerKey);
	const found = new Map<string, number>();
	for (const column of TABLE_COLUMNS[table]) {
		let index = -1;
		for (const accepted of column.headers) {
			index = keys.indexOf(headerKey(accepted));
			if (index >= 0) break;
		}
		found.set(column.name, index);
	}
	return found;
}

export function describeColumn(spec: ColumnSpec): string {
	return spec.headers.length > 1 ? `${spec.headers[0]}（${spec.headers[1]}）` : spec.headers[0];
}
