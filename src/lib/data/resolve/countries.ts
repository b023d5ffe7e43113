/** Country resolution: French, English, ISO names and common variants → ISO 3166-1 alpha-2. (STUB — owner: resolve helper) */
export interface Country {
	iso2: string;
	fr: string;
	en: string;
	/** AF, AN, AS, EU, NA, OC, SA */
	continent: string;
}
export function resolveCountry(_text: string | null | undefined): Country | null {
	throw new Error('not implemented');
}
export function countryByIso(_iso2: string): Country | null {
	throw new Error('not implemented');
}
