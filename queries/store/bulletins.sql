-- Issued 通报 (src/lib/server/bulletins/): each frozen as 第N期, numbered per issuing region and year
-- (of the issue date), with its 发文单位 and the figures as shown when issued (docs/spec/METRICS.md "Progress and
-- ranking"; the page data as JSON, so reopening never recomputes them).
CREATE SEQUENCE IF NOT EXISTS bulletin_id_seq START 1;
CREATE TABLE IF NOT EXISTS bulletins (
	id INTEGER PRIMARY KEY DEFAULT nextval('bulletin_id_seq'),
	region VARCHAR NOT NULL,
	year INTEGER NOT NULL,
	number INTEGER NOT NULL,
	snapshot VARCHAR NOT NULL,
	insurance VARCHAR NOT NULL,
	unit VARCHAR NOT NULL,
	issued_on VARCHAR NOT NULL,
	issued_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
	issued_by VARCHAR NOT NULL,
	title VARCHAR NOT NULL,
	payload_json VARCHAR NOT NULL,
	UNIQUE (region, year, number)
);
