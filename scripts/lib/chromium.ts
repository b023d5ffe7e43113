/**
 * How the project launches Debian's Chromium (e2e tests and browser benches): the binary (see
 * scripts/ensure-chromium.sh) and the flags that keep it on loopback, with no background traffic.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
	'--disable-domain-reliability',
	'--disable-sync',
	'--no-pings',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];
