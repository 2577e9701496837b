import { describe, expect, it } from 'vitest';
import { scoreText, valueText } from './score-text.ts';

describe('score text', () => {
	it('shows a missing score or value as —, never 0', () => {
		expect(scoreText(null)).toBe('—');
		expect(valueText(null)).toBe('—');
		expect(scoreText(0)).toBe('0.0');
		expect(scoreText(85.714285)).toBe('85.7');
		expect(valueText(0.9125)).toBe('91.3%');
	});
});
