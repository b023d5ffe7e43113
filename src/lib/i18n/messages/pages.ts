/** UI strings: pages area. Keys are prefixed "pages." (except common, which has none). */
import type { Messages } from '../translate';

export const pages = {
	'pages.home': { fr: 'Accueil', en: 'Home' },
	'pages.breadcrumb': { fr: "Fil d'Ariane", en: 'Breadcrumb' },
	'pages.regions.title': { fr: 'Régions', en: 'Regions' },
	'pages.regions.intro': {
		fr: 'La coopération décentralisée des collectivités de chacune des 18 régions françaises.',
		en: 'Decentralised cooperation of the local authorities of each of the 18 French regions.'
	},
	'pages.regions.mainland': { fr: 'France métropolitaine', en: 'Mainland France' },
	'pages.regions.overseas': { fr: 'Outre-mer', en: 'Overseas' },
	'pages.pays.title': { fr: 'Pays partenaires', en: 'Partner countries' },
	'pages.pays.intro': {
		fr: 'Les pays des collectivités étrangères partenaires, avec le nombre de fiches.',
		en: 'Countries of the foreign partner authorities, with their number of records.'
	},
	'pages.collectivites.title': { fr: 'Collectivités françaises', en: 'French local authorities' },
	'pages.collectivites.intro': {
		fr: 'Les collectivités françaises identifiées par leur code officiel (INSEE ou SIREN).',
		en: 'French local authorities identified by their official code (INSEE or SIREN).'
	},
	'pages.filter': { fr: 'Filtrer la liste', en: 'Filter the list' },
	'pages.count.one': { fr: '{n} fiche', en: '{n} record' },
	'pages.count.other': { fr: '{n} fiches', en: '{n} records' },
	'pages.count.zero': { fr: 'aucune fiche', en: 'no record' },
	'pages.kind.region': { fr: 'Région', en: 'Region' },
	'pages.kind.pays': { fr: 'Pays partenaire', en: 'Partner country' },
	'pages.kind.commune': { fr: 'Commune', en: 'Municipality' },
	'pages.kind.epci': { fr: 'Intercommunalité (EPCI)', en: 'Intermunicipality (EPCI)' },
	'pages.kind.departement': { fr: 'Département', en: 'Department' },
	'pages.kind.other': { fr: 'Autre', en: 'Other' },
	'pages.code': { fr: 'Code officiel : {code}', en: 'Official code: {code}' },
	'pages.in': { fr: 'Dans :', en: 'In:' },
	'pages.seeAlso': { fr: 'Voir aussi la collectivité régionale :', en: 'See also the regional authority:' },
	'pages.print': { fr: 'Imprimer / PDF', en: 'Print / PDF' },
	'pages.print.hint': {
		fr: 'Fiche imprimable : chiffres clés, carte, graphiques et liste des fiches.',
		en: 'Printable brief: key figures, map, charts and list of records.'
	},
	'pages.print.more.one': { fr: '… et {n} autre fiche, sur la page en ligne.', en: '… and {n} more record on the online page.' },
	'pages.print.more.other': { fr: '… et {n} autres fiches, sur la page en ligne.', en: '… and {n} more records on the online page.' },
	'pages.brief.zip': { fr: 'Télécharger le dossier (ZIP)', en: 'Download the brief (ZIP)' },
	'pages.brief.zip.hint': {
		fr: 'Les graphiques en PNG et SVG, la liste des fiches avec leurs sources en CSV et un index.html',
		en: 'The charts as PNG and SVG, the records with their sources as CSV, and an index.html'
	},
	'pages.brief.zip.busy': { fr: 'Préparation du dossier…', en: 'Preparing the brief…' },
	'pages.brief.zip.done': { fr: 'Dossier enregistré : {name}', en: 'Brief saved: {name}' },
	'pages.brief.zip.error': { fr: 'Le dossier n’a pas pu être créé : {msg}', en: 'The brief could not be made: {msg}' },
	'pages.brief.map': { fr: 'Carte des partenariats', en: 'Map of the partnerships' },
	'pages.brief.charts': { fr: 'Graphiques', en: 'Charts' },
	'pages.brief.index.title': { fr: 'Dossiers régionaux de la coopération décentralisée', en: 'Regional briefs on decentralised cooperation' },
	'pages.brief.index.titleOne': { fr: 'Dossier régional : {region}', en: 'Regional brief: {region}' },
	'pages.brief.index.made': { fr: 'Dossier du {date} · données du {version}', en: 'Brief made on {date} · data of {version}' },
	'pages.brief.index.madeVersion': {
		fr: 'Dossier du {date} · données du {version}, version {id}',
		en: 'Brief made on {date} · data of {version}, version {id}'
	},
	'pages.brief.index.pdf': { fr: 'Dossier imprimable', en: 'Printable brief' },
	'pages.brief.index.csv': { fr: 'Liste des fiches avec leurs sources', en: 'Records with their sources' },
	'pages.brief.index.about': {
		fr: 'Atlas de la coopération décentralisée — chaque graphique porte sa source et sa licence.',
		en: 'Atlas of decentralised cooperation — each chart carries its source and licence.'
	},
	'pages.figures': { fr: 'Chiffres clés', en: 'Key figures' },
	'pages.topCountries': { fr: 'Principaux pays partenaires', en: 'Main partner countries' },
	'pages.others': { fr: 'autres', en: 'others' },
	'pages.unknown': { fr: 'non précisé', en: 'not given' },
	'pages.records': { fr: 'Liste des fiches', en: 'List of records' },
	'pages.records.caption.one': { fr: '{n} fiche, la plus récente d’abord', en: '{n} record, most recent first' },
	'pages.records.caption.other': { fr: '{n} fiches, les plus récentes d’abord', en: '{n} records, most recent first' },
	'pages.records.captionSome': {
		fr: 'Les {n} fiches les plus récentes sur {total} : le tableau de l’explorateur les donne toutes',
		en: 'The {n} most recent of {total} records: the explorer’s table has them all'
	},
	'pages.col.french': { fr: 'Collectivité française', en: 'French authority' },
	'pages.col.partners': { fr: 'Partenaires (pays)', en: 'Partners (country)' },
	'pages.col.title': { fr: 'Intitulé', en: 'Title' },
	'pages.col.year': { fr: 'Année', en: 'Year' },
	'pages.col.type': { fr: 'Lien / appel', en: 'Link / call' },
	'pages.col.source': { fr: 'Source', en: 'Source' },
	'pages.approximate': {
		fr: 'placé approximativement (centre du pays)',
		en: 'placed approximately (country centre)'
	},
	'pages.linkType.jumelage': { fr: 'Jumelage', en: 'Twinning' },
	'pages.linkType.cooperation_decentralisee': { fr: 'Coopération décentralisée', en: 'Decentralised cooperation' },
	'pages.linkType.laureat_aap': { fr: 'Lauréat d’appel à projets', en: 'Call for projects laureate' },
	'pages.linkType.pacte_amitie': { fr: 'Pacte d’amitié', en: 'Friendship pact' },
	'pages.linkType.autre': { fr: 'Autre lien', en: 'Other link' },
	'pages.empty': {
		fr: 'Les données embarquées ne contiennent aucune fiche pour ce lieu. Elles sont partielles : cela ne veut pas dire qu’il n’y a pas de coopération.',
		en: 'The embedded data hold no record for this place. They are partial: this does not mean there is no cooperation.'
	},
	'pages.sources': { fr: 'Sources', en: 'Sources' },
	'pages.sources.note': {
		fr: 'Données partielles, rassemblées à partir de sources publiques : elles ne donnent pas une image complète.',
		en: 'Partial data gathered from public sources: they do not give the full picture.'
	},
	'pages.explore': { fr: 'Explorer sur la carte', en: 'Explore on the map' },
	'pages.notFound': { fr: 'Lieu introuvable', en: 'Place not found' }
} as const satisfies Messages;
