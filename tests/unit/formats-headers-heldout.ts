/**
 * Header variants kept OUT of the scorer's tuning (formats/headers.ts): written before the scorer
 * was tuned on the variants of formats-headers.test.ts, and never used to change it. The score on
 * them is what to expect on headers nobody has seen yet. Field → header expected; fields not listed
 * are not checked.
 */
import type { Field } from '../../src/lib/data/model';

export const HELD_OUT: [string[], Partial<Record<Field, string>>][] = [
	[
		['Commune française', 'Commune partenaire', 'Pays partenaire', 'Année de signature', 'Domaines de coopération'],
		{ french: 'Commune française', partner: 'Commune partenaire', country: 'Pays partenaire', year: 'Année de signature', themes: 'Domaines de coopération' }
	],
	[
		['Nom de la collectivité', 'Collectivité étrangère', 'Pays', "Secteurs d'intervention", 'Montant (€)'],
		{ french: 'Nom de la collectivité', partner: 'Collectivité étrangère', country: 'Pays', themes: "Secteurs d'intervention", amount: 'Montant (€)' }
	],
	[
		['Chef de file', 'Partenaires locaux', "Pays d'intervention", "Intitulé de l'action", 'Budget total'],
		{ french: 'Chef de file', partner: 'Partenaires locaux', country: "Pays d'intervention", title: "Intitulé de l'action", amount: 'Budget total' }
	],
	[['Town', 'Twinned with', 'Country', 'Year'], { french: 'Town', partner: 'Twinned with', country: 'Country', year: 'Year' }],
	[
		['Municipality', 'Partner municipality', 'Partner country', 'Established'],
		{ french: 'Municipality', partner: 'Partner municipality', country: 'Partner country' }
	],
	[
		['Ville française', 'Ville jumelle', 'Pays de la ville jumelle', 'Date du jumelage', 'Lien'],
		{ french: 'Ville française', partner: 'Ville jumelle', country: 'Pays de la ville jumelle', year: 'Date du jumelage', url: 'Lien' }
	],
	[
		['REGION', 'DEPARTEMENT', 'COLLECTIVITE', 'PAYS', 'PARTENAIRE', 'THEMATIQUE', 'ANNEE'],
		{ frenchRegion: 'REGION', frenchDepartement: 'DEPARTEMENT', french: 'COLLECTIVITE', country: 'PAYS', partner: 'PARTENAIRE', themes: 'THEMATIQUE', year: 'ANNEE' }
	],
	[
		['Porteur de projet', 'Collectivité partenaire', 'Pays', 'Dispositif', 'Montant de la subvention', 'Année'],
		{ french: 'Porteur de projet', partner: 'Collectivité partenaire', country: 'Pays', call: 'Dispositif', amount: 'Montant de la subvention', year: 'Année' }
	],
	[
		['Local authority (France)', 'Foreign local authority', 'Country of partner', 'Type of partnership', 'Start date', 'Website'],
		{ french: 'Local authority (France)', partner: 'Foreign local authority', country: 'Country of partner', linkType: 'Type of partnership', year: 'Start date', url: 'Website' }
	],
	[
		['Collectivité territoriale', 'Type', 'Autorité locale étrangère', 'Pays', 'Depuis', 'Thèmes'],
		{ french: 'Collectivité territoriale', frenchKind: 'Type', partner: 'Autorité locale étrangère', country: 'Pays', year: 'Depuis', themes: 'Thèmes' }
	],
	[
		['french_city', 'partner_city', 'partner_country', 'lat', 'lon'],
		{ french: 'french_city', partner: 'partner_city', country: 'partner_country', partnerLat: 'lat', partnerLon: 'lon' }
	],
	[
		['Collectivité', 'Intitulé du projet', 'Pays', 'Partenaire', 'Appel à projets', 'Montant accordé'],
		{ french: 'Collectivité', title: 'Intitulé du projet', country: 'Pays', partner: 'Partenaire', call: 'Appel à projets', amount: 'Montant accordé' }
	]
];
