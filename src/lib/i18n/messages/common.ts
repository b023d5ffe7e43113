/** UI strings: common area (dashboard shell, filters, table, panel). Keys are not prefixed (shared words). */
import type { Messages } from '../translate';

export const common = {
	'app.name': { fr: 'Atlas de la coopération décentralisée', en: 'Atlas of decentralised cooperation' },
	'app.tagline': {
		fr: 'Partenariats, jumelages et projets lauréats entre collectivités françaises et étrangères',
		en: 'Partnerships, twinnings and award-winning projects between French and foreign local authorities'
	},
	'app.description': {
		fr: 'Carte et graphiques des coopérations entre collectivités françaises et étrangères, filtrables par pays, thème, région et année.',
		en: 'Map and charts of cooperation between French and foreign local authorities, filterable by country, theme, region and year.'
	},
	'error.title': { fr: 'Une erreur est survenue', en: 'Something went wrong' },
	'error.notFound': { fr: 'Page introuvable', en: 'Page not found' },
	'error.home': { fr: 'Retour à l’atlas', en: 'Back to the atlas' },
	skip: { fr: 'Aller au contenu', en: 'Skip to content' },
	'nav.label': { fr: 'Navigation principale', en: 'Main navigation' },
	'nav.home': { fr: 'Explorer', en: 'Explore' },
	'nav.regions': { fr: 'Régions', en: 'Regions' },
	'nav.countries': { fr: 'Pays', en: 'Countries' },
	'nav.collectivites': { fr: 'Collectivités', en: 'Local authorities' },
	'nav.import': { fr: 'Importer un fichier', en: 'Import a file' },
	'nav.data': { fr: 'Sources', en: 'Sources' },
	'lang.label': { fr: 'Langue', en: 'Language' },
	'footer.sources': { fr: 'Sources et licences', en: 'Sources and licences' },
	'footer.twinTowns': {
		fr: 'Jumelages : listes Wikipédia « List of twin towns and sister cities », via github.com/Hekman/twincities — contributeurs Wikipédia, CC BY-SA 4.0.',
		en: 'Twinnings: Wikipedia lists "List of twin towns and sister cities", via github.com/Hekman/twincities — Wikipedia contributors, CC BY-SA 4.0.'
	},
	'footer.laureates': {
		fr: 'Lauréats des appels à projets (MEAE, DAECT / DCTCIV) et partenariats : relevés à la main sur les pages publiques citées pour chaque ligne.',
		en: 'Call-for-projects laureates (French foreign ministry, DAECT / DCTCIV) and partnerships: collected by hand from the public pages cited on each row.'
	},
	'footer.cog': {
		fr: 'Collectivités : Code officiel géographique (Insee) via @etalab/decoupage-administratif, Licence Ouverte 2.0.',
		en: 'Local authorities: official geographic code (Insee) via @etalab/decoupage-administratif, Licence Ouverte 2.0.'
	},
	'footer.basemap': {
		fr: 'Fond de carte : Natural Earth (domaine public) ; lieux : GeoNames (CC BY 4.0).',
		en: 'Basemap: Natural Earth (public domain); places: GeoNames (CC BY 4.0).'
	},
	'footer.offline': {
		fr: 'Tout fonctionne dans votre navigateur : aucune donnée n’est envoyée ailleurs.',
		en: 'Everything runs in your browser: no data is sent anywhere.'
	},

	'figures.records': { fr: 'Enregistrements', en: 'Records' },
	'figures.french': { fr: 'Collectivités françaises', en: 'French local authorities' },
	'figures.partners': { fr: 'Partenaires étrangers', en: 'Foreign partners' },
	'figures.countries': { fr: 'Pays', en: 'Countries' },
	'figures.of': { fr: 'sur {total}', en: 'of {total}' },
	'figures.links.one': { fr: '{n} lien distinct (un lien cité par deux jeux compte une fois)', en: '{n} distinct link (a link stated by two datasets counts once)' },
	'figures.links.other': { fr: '{n} liens distincts (un lien cité par deux jeux compte une fois)', en: '{n} distinct links (a link stated by two datasets counts once)' },

	'search.label': { fr: 'Rechercher une collectivité, un partenaire ou un projet', en: 'Search a local authority, a partner or a project' },
	'search.placeholder': { fr: 'Rechercher : Montpellier, Béthléem, eau…', en: 'Search: Montpellier, Bethlehem, water…' },

	'tabs.label': { fr: 'Vues', en: 'Views' },
	'tabs.map': { fr: 'Carte', en: 'Map' },
	'tabs.charts': { fr: 'Graphiques', en: 'Charts' },
	'tabs.table': { fr: 'Tableau', en: 'Table' },

	'filters.title': { fr: 'Filtres', en: 'Filters' },
	'filters.toggle': { fr: 'Filtres', en: 'Filters' },
	'filters.active': { fr: 'Filtres actifs', en: 'Active filters' },
	'filters.q': { fr: 'Recherche', en: 'Search' },
	'filters.countries': { fr: 'Pays partenaire', en: 'Partner country' },
	'filters.continents': { fr: 'Continent', en: 'Continent' },
	'filters.themes': { fr: 'Thème', en: 'Theme' },
	'filters.regions': { fr: 'Région française', en: 'French region' },
	'filters.departements': { fr: 'Département', en: 'Département' },
	'filters.kinds': { fr: 'Type de collectivité', en: 'Kind of local authority' },
	'filters.linkTypes': { fr: 'Type de lien', en: 'Link type' },
	'filters.calls': { fr: 'Appel à projets', en: 'Call for projects' },
	'filters.datasets': { fr: 'Jeu de données', en: 'Dataset' },
	'filters.french': { fr: 'Collectivité', en: 'Local authority' },
	'filters.years': { fr: 'Années', en: 'Years' },
	'filters.yearFrom': { fr: 'De', en: 'From' },
	'filters.yearTo': { fr: 'À', en: 'To' },
	'filters.none': { fr: 'Inconnu / non renseigné', en: 'Unknown / not given' },
	'filters.add.one': { fr: 'Ajouter… ({n} choix)', en: 'Add… ({n} option)' },
	'filters.add.other': { fr: 'Ajouter… ({n} choix)', en: 'Add… ({n} options)' },
	'filters.remove': { fr: 'Retirer le filtre {filter}', en: 'Remove filter {filter}' },
	'filters.reset': { fr: 'Tout effacer', en: 'Clear all' },
	'filters.hint': {
		fr: 'Plusieurs valeurs d’un même filtre s’additionnent (ou) ; des filtres différents se combinent (et).',
		en: 'Several values of one filter add up (or); different filters combine (and).'
	},

	'kind.commune': { fr: 'Commune', en: 'Commune' },
	'kind.epci': { fr: 'Intercommunalité (EPCI)', en: 'Inter-municipality (EPCI)' },
	'kind.departement': { fr: 'Département', en: 'Département' },
	'kind.region': { fr: 'Région', en: 'Region' },
	'kind.other': { fr: 'Autre', en: 'Other' },

	'linkType.jumelage': { fr: 'Jumelage', en: 'Twinning' },
	'linkType.cooperation_decentralisee': { fr: 'Coopération décentralisée', en: 'Decentralised cooperation' },
	'linkType.laureat_aap': { fr: 'Lauréat d’appel à projets', en: 'Call-for-projects laureate' },
	'linkType.pacte_amitie': { fr: 'Pacte d’amitié', en: 'Friendship pact' },
	'linkType.autre': { fr: 'Autre', en: 'Other' },

	'continent.AF': { fr: 'Afrique', en: 'Africa' },
	'continent.AN': { fr: 'Antarctique', en: 'Antarctica' },
	'continent.AS': { fr: 'Asie', en: 'Asia' },
	'continent.EU': { fr: 'Europe', en: 'Europe' },
	'continent.NA': { fr: 'Amérique du Nord', en: 'North America' },
	'continent.OC': { fr: 'Océanie', en: 'Oceania' },
	'continent.SA': { fr: 'Amérique du Sud', en: 'South America' },

	'precision.country': { fr: 'placé au centre du pays (approximatif)', en: 'placed at the country centre (approximate)' },
	'precision.unresolved': { fr: 'lieu non localisé', en: 'place not located' },

	'table.summary.one': { fr: '{n} enregistrement — {from} à {to}', en: '{n} record — {from} to {to}' },
	'table.summary.other': { fr: '{n} enregistrements — {from} à {to}', en: '{n} records — {from} to {to}' },
	'table.title': { fr: 'Intitulé', en: 'Title' },
	'table.french': { fr: 'Collectivité française', en: 'French local authority' },
	'table.partners': { fr: 'Partenaires', en: 'Partners' },
	'table.country': { fr: 'Pays', en: 'Country' },
	'table.year': { fr: 'Année', en: 'Year' },
	'table.linkType': { fr: 'Type de lien', en: 'Link type' },
	'table.dataset': { fr: 'Source', en: 'Source' },
	'table.pages': { fr: 'Pages du tableau', en: 'Table pages' },
	'table.prev': { fr: 'Précédent', en: 'Previous' },
	'table.next': { fr: 'Suivant', en: 'Next' },
	'table.page': { fr: 'Page {page} / {pages}', en: 'Page {page} of {pages}' },
	'table.empty': { fr: 'Aucun enregistrement ne correspond à ces filtres.', en: 'No record matches these filters.' },

	'record.untitled': { fr: '(sans intitulé)', en: '(untitled)' },
	'record.french': { fr: 'Côté français', en: 'French side' },
	'record.partners': { fr: 'Partenaires', en: 'Partners' },
	'record.year': { fr: 'Année', en: 'Year' },
	'record.call': { fr: 'Appel à projets', en: 'Call for projects' },
	'record.themes': { fr: 'Thèmes', en: 'Themes' },
	'record.linkType': { fr: 'Type de lien', en: 'Link type' },
	'record.source': { fr: 'Source', en: 'Source' },
	'record.line': { fr: 'ligne {line}', en: 'line {line}' },
	'record.sourceLink': { fr: 'Voir la page source', en: 'Open the source page' },
	'record.remark': { fr: 'Remarque', en: 'Remark' },

	'panel.label': { fr: 'Détail de la sélection', en: 'Selection details' },
	'panel.count.one': { fr: '{n} enregistrement', en: '{n} record' },
	'panel.count.other': { fr: '{n} enregistrements', en: '{n} records' },
	'panel.close': { fr: 'Fermer le détail', en: 'Close details' },
	'panel.more': { fr: 'Afficher {n} de plus', en: 'Show {n} more' },

	'notice.summary': { fr: 'À propos des données affichées', en: 'About the data shown' },
	'notice.body': {
		fr: 'Données réelles et sourcées : 3 782 jumelages issus des listes Wikipédia, 134 partenariats relevés sur des pages publiques, des lauréats des appels à projets du ministère de l’Europe et des Affaires étrangères, et des chiffres nationaux. Ce n’est pas l’Atlas national complet.',
		en: 'Real, sourced data: 3,782 twinnings from the Wikipedia lists, 134 partnerships collected from public pages, laureates of the French foreign ministry’s calls for projects, and national figures. This is not the complete national Atlas.'
	},
	'notice.laureates': {
		fr: 'La liste des lauréats est loin d’être complète (en 2024, 76 projets ont été retenus) : les comptes montrent ce que contiennent ces fichiers, pas le tableau national.',
		en: 'The laureates list is far from complete (76 projects were selected in 2024 alone): counts show what these files hold, not the national picture.'
	},
	'notice.imported': { fr: 'importé', en: 'imported' },
	'notice.source': { fr: 'source', en: 'source' },

	'status.loading': { fr: 'Chargement des données…', en: 'Loading data…' },
	'status.error': { fr: 'Les données n’ont pas pu être chargées : {error}', en: 'The data could not be loaded: {error}' },


	'page.title': { fr: 'Atlas de la coopération décentralisée — explorer', en: 'Atlas of decentralised cooperation — explore' }
} as const satisfies Messages;
