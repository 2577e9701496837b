/** The person look-up (44号 第十三条): one person's records in every snapshot, as the page shows them. */
export interface PersonRecord {
	snapshot: string;
	code: string;
	place: string | null;
	name: string;
	id: string;
	sex: string;
	birth: string;
	hukou: string;
	address: string;
	phone: string;
	household: string;
	regStatus: string;
	employment: string;
	statuses: { label: string; value: string }[];
	surveyor: string;
	reviewer: string;
	reasons: string[];
}

export interface EnrolmentRecord {
	snapshot: string;
	scheme: string;
	place: string;
	status: string;
	unit: string;
	start: string;
	active: boolean;
}

export interface PersonLookup {
	found: boolean;
	records: PersonRecord[];
	enrolments: EnrolmentRecord[];
}
