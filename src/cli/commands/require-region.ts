import { InputError } from '../../lib/server/errors.ts';

export function requireRegion(value: unknown): string {
	if (typeof value !== 'string' || value === '') throw new InputError('缺少 --region 行政区划代码（如 --region 52）');
	return value;
}
