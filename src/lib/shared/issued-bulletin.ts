/** An issued 通报 as the archive lists it (src/lib/server/views/bulletin/). */
export interface IssuedBulletinHead {
	id: number;
	region: string;
	year: number;
	number: number;
	snapshot: string;
	insurance: string;
	/** 发文单位 */
	unit: string;
	/** the issue date, YYYY-MM-DD */
	issued_on: string;
	issued_by: string;
	title: string;
}

/** 期号 as printed: 2017年第3期. */
export function issueLabel(b: Pick<IssuedBulletinHead, 'year' | 'number'>): string {
	return `${b.year}年第${b.number}期`;
}
