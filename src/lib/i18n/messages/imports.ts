/** UI strings: imports area. Keys are prefixed "imports." (except common, which has none). */
import type { Messages } from '../translate';

export const imports = {
	'imports.title': { fr: 'Importer vos données', en: 'Import your data' },
	'imports.intro': {
		fr: 'Chargez le fichier CSV, TSV ou Excel (.xlsx) de votre réseau ou de votre collectivité : il est lu dans votre navigateur, gardé dans votre navigateur, et n’est envoyé nulle part.',
		en: 'Load your network’s or authority’s CSV, TSV or Excel (.xlsx) file: it is read in your browser, kept in your browser, and sent nowhere.'
	},
	'imports.choose': { fr: 'Choisir un fichier', en: 'Choose a file' },
	'imports.drop': { fr: 'ou déposez-le ici (CSV, TSV, TXT, Excel .xlsx)', en: 'or drop it here (CSV, TSV, TXT, Excel .xlsx)' },
	'imports.sheet.choose': {
		fr: 'Ce classeur contient {n} feuilles avec des données : choisissez celle à importer.',
		en: 'This workbook has {n} sheets with data: choose the one to import.'
	},
	'imports.sheet.label': { fr: 'Feuille', en: 'Sheet' },
	'imports.sheet.import': { fr: 'Importer cette feuille', en: 'Import this sheet' },
	'imports.format': { fr: 'Format', en: 'Format' },
	'imports.format.auto': { fr: 'Détection automatique', en: 'Automatic detection' },
	'imports.format.laureates': { fr: 'Lauréats d’appels à projets', en: 'Call-for-projects laureates' },
	'imports.format.twin-towns': { fr: 'Jumelages (paires de villes)', en: 'Twin towns (pairs of cities)' },
	'imports.format.generic': { fr: 'Générique (colonnes à associer)', en: 'Generic (columns to map)' },
	'imports.format.partnerships': { fr: 'Partenariats', en: 'Partnerships' },
	'imports.format.figures': { fr: 'Chiffres agrégés', en: 'Aggregate figures' },
	'imports.reading': { fr: 'Lecture de « {file} »…', en: 'Reading “{file}”…' },
	'imports.phase.read': { fr: 'lecture du fichier', en: 'reading the file' },
	'imports.phase.map': { fr: 'reconnaissance des colonnes', en: 'recognising the columns' },
	'imports.phase.geocode': { fr: 'chargement du répertoire géographique', en: 'loading the gazetteer' },
	'imports.phase.resolve': { fr: 'identification des lieux', en: 'resolving places' },
	'imports.phase.done': { fr: 'terminé', en: 'done' },
	'imports.cancel': { fr: 'Annuler', en: 'Cancel' },
	'imports.cancelled': { fr: 'Import annulé.', en: 'Import cancelled.' },
	'imports.failed': { fr: 'Le fichier « {file} » n’a pas pu être importé.', en: 'The file “{file}” could not be imported.' },
	'imports.error.empty': {
		fr: 'Le fichier est vide. Choisissez un fichier CSV qui contient une ligne d’en-tête et au moins une ligne de données.',
		en: 'The file is empty. Choose a CSV file with a header line and at least one data line.'
	},
	'imports.error.headers-only': {
		fr: 'Le fichier ne contient que la ligne d’en-tête, aucune donnée.',
		en: 'The file holds only the header line, no data.'
	},
	'imports.error.binary': {
		fr: 'Ce fichier n’est pas un texte (image, PDF, archive ?). Exportez vos données en CSV (« CSV UTF-8 » ou « CSV séparateur point-virgule ») puis réessayez.',
		en: 'This file is not text (image, PDF, archive?). Export your data as CSV and try again.'
	},
	'imports.error.xlsx': {
		fr: 'C’est un classeur Excel (.xlsx). Dans Excel : Fichier › Enregistrer sous › « CSV UTF-8 » ou « CSV (séparateur : point-virgule) », puis importez ce CSV.',
		en: 'This is an Excel workbook (.xlsx). In Excel: File › Save as › “CSV UTF-8”, then import that CSV.'
	},
	'imports.error.xls': {
		fr: 'C’est un classeur Excel de l’ancien format (.xls, Excel 97–2003), qui n’est pas lu ici. Dans Excel ou LibreOffice : Fichier › Enregistrer sous › « Classeur Excel (.xlsx) » ou « CSV UTF-8 », puis importez ce fichier.',
		en: 'This is an old-format Excel workbook (.xls, Excel 97–2003), which is not read here. In Excel or LibreOffice: File › Save as › “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file.'
	},
	'imports.error.ods': {
		fr: 'C’est un classeur OpenDocument (.ods), qui n’est pas lu ici. Dans LibreOffice : Fichier › Enregistrer sous › « Excel 2007-365 (.xlsx) » ou « CSV », puis importez ce fichier.',
		en: 'This is an OpenDocument spreadsheet (.ods), which is not read here. In LibreOffice: File › Save as › “Excel 2007-365 (.xlsx)” or “CSV”, then import that file.'
	},
	'imports.error.not-workbook': {
		fr: 'Ce fichier est une archive zip (ou un document Word ou PowerPoint), pas un classeur Excel. Importez un fichier CSV ou un classeur .xlsx.',
		en: 'This file is a zip archive (or a Word or PowerPoint document), not an Excel workbook. Import a CSV file or an .xlsx workbook.'
	},
	'imports.error.corrupt': {
		fr: 'Ce classeur est illisible : le fichier est abîmé ou incomplet (téléchargement interrompu ?). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau, ou exportez-le en CSV.',
		en: 'This workbook cannot be read: the file is damaged or incomplete (an interrupted download?). Open it in Excel or LibreOffice and save it again, or export it as CSV.'
	},
	'imports.error.no-header': {
		fr: 'Aucune ligne d’en-tête trouvée en haut de la feuille : il faut, dans les 20 premières lignes, une ligne qui nomme au moins deux colonnes.',
		en: 'No header row found at the top of the sheet: one of the first 20 rows must name at least two columns.'
	},
	'imports.error.unknown-sheet': {
		fr: 'Cette feuille est absente ou vide dans ce classeur : choisissez-en une dans la liste.',
		en: 'This sheet is missing or empty in this workbook: choose one from the list.'
	},
	'imports.error.too-large': {
		fr: 'Fichier trop volumineux ({size} Mo) : la limite est de {max} Mo. Découpez-le (par année ou par région) et importez les morceaux un par un.',
		en: 'File too large ({size} MB): the limit is {max} MB. Split it (by year or region) and import the parts one by one.'
	},
	'imports.error.no-table': {
		fr: 'Aucun tableau reconnu dans ce fichier. Vérifiez qu’il s’agit bien d’un CSV/TSV avec une ligne d’en-tête.',
		en: 'No table found in this file. Check that it is a CSV/TSV with a header line.'
	},
	'imports.error.one-column': {
		fr: 'Une seule colonne trouvée : le séparateur n’est sans doute pas le bon. Enregistrez le fichier avec des virgules, des points-virgules ou des tabulations entre les colonnes.',
		en: 'Only one column found: the delimiter is probably wrong. Save the file with commas, semicolons or tabs between columns.'
	},
	'imports.error.no-columns': {
		fr: 'Les colonnes de ce fichier n’ont pas pu être reconnues avec certitude. Indiquez ci-dessous quelle colonne donne la collectivité française et laquelle le partenaire étranger (ou son pays), puis lancez l’import : ce choix sera retenu pour les fichiers aux mêmes colonnes.',
		en: 'The columns of this file could not be recognised with certainty. Choose below which column gives the French authority and which the foreign partner (or its country), then run the import: the choice is kept for files with the same columns.'
	},
	'imports.error.unknown-format': {
		fr: 'Format non reconnu : choisissez « Générique » et associez les colonnes ci-dessous.',
		en: 'Format not recognised: choose “Generic” and map the columns below.'
	},
	'imports.error.worker': {
		fr: 'Le lecteur de fichiers s’est arrêté de façon inattendue. Rechargez la page et réessayez.',
		en: 'The file reader stopped unexpectedly. Reload the page and try again.'
	},
	'imports.error.nothing': {
		fr: 'Aucune ligne n’a pu être lue comme une coopération : voyez les rejets ci-dessous et ajustez l’association des colonnes.',
		en: 'No row could be read as a cooperation: see the rejected rows below and adjust the column mapping.'
	},
	'imports.error.storage': {
		fr: 'Les données sont affichées mais n’ont pas pu être gardées dans le navigateur (stockage plein ou navigation privée) : elles seront perdues au rechargement.',
		en: 'The data are shown but could not be kept in the browser (storage full or private browsing): they will be lost on reload.'
	},
	'imports.mapping': { fr: 'Association des colonnes', en: 'Column mapping' },
	'imports.mapping.help': {
		fr: 'Colonnes détectées automatiquement. Modifiez une association puis relancez l’import.',
		en: 'Columns detected automatically. Change a mapping, then re-run the import.'
	},
	'imports.mapping.choose': {
		fr: 'Voici les colonnes de votre fichier et ses premières lignes. Choisissez la colonne de chaque information (* : obligatoire).',
		en: 'Here are your file’s columns and its first rows. Choose the column of each piece of information (*: required).'
	},
	'imports.mapping.preview': { fr: 'Les {n} premières lignes du fichier', en: 'The file’s first {n} rows' },
	'imports.mapping.required': { fr: 'obligatoire', en: 'required' },
	'imports.mapping.run': { fr: 'Importer avec ces colonnes', en: 'Import with these columns' },
	'imports.mapping.none': { fr: '— aucune —', en: '— none —' },
	'imports.mapping.rerun': { fr: 'Relancer l’import avec cette association', en: 'Re-run the import with this mapping' },
	'imports.field.french': { fr: 'Collectivité française', en: 'French authority' },
	'imports.field.frenchKind': { fr: 'Type de collectivité', en: 'Kind of authority' },
	'imports.field.frenchCode': { fr: 'Code INSEE / SIREN', en: 'INSEE / SIREN code' },
	'imports.field.frenchDepartement': { fr: 'Département', en: 'Department' },
	'imports.field.frenchRegion': { fr: 'Région', en: 'Region' },
	'imports.field.frenchLat': { fr: 'Latitude (France)', en: 'Latitude (France)' },
	'imports.field.frenchLon': { fr: 'Longitude (France)', en: 'Longitude (France)' },
	'imports.field.partner': { fr: 'Partenaire étranger', en: 'Foreign partner' },
	'imports.field.country': { fr: 'Pays du partenaire', en: 'Partner country' },
	'imports.field.partnerLat': { fr: 'Latitude (partenaire)', en: 'Latitude (partner)' },
	'imports.field.partnerLon': { fr: 'Longitude (partenaire)', en: 'Longitude (partner)' },
	'imports.field.title': { fr: 'Intitulé', en: 'Title' },
	'imports.field.themes': { fr: 'Thématiques', en: 'Themes' },
	'imports.field.year': { fr: 'Année (début)', en: 'Year (start)' },
	'imports.field.yearEnd': { fr: 'Année de fin', en: 'End year' },
	'imports.field.call': { fr: 'Appel à projets', en: 'Call for projects' },
	'imports.field.amount': { fr: 'Montant', en: 'Amount' },
	'imports.field.linkType': { fr: 'Type de lien', en: 'Link type' },
	'imports.field.url': { fr: 'Lien source', en: 'Source link' },
	'imports.field.remark': { fr: 'Remarque', en: 'Remark' },
	'imports.field.checked': { fr: 'Source vérifiée le', en: 'Source checked on' },
	'imports.report': { fr: 'Rapport d’import', en: 'Import report' },
	'imports.report.file': { fr: '{file} · format {format} · {encoding}', en: '{file} · format {format} · {encoding}' },
	'imports.report.sheet': { fr: 'feuille « {sheet} »', en: 'sheet “{sheet}”' },
	'imports.report.rows': { fr: 'lignes lues', en: 'rows read' },
	'imports.report.accepted': { fr: 'acceptées', en: 'accepted' },
	'imports.report.rejected': { fr: 'rejetées', en: 'rejected' },
	'imports.report.warnings': { fr: 'avertissements', en: 'warnings' },
	'imports.report.frenchResolved': {
		fr: 'Collectivités françaises identifiées (code officiel) : {pct} ({n} sur {total})',
		en: 'French authorities identified (official code): {pct} ({n} of {total})'
	},
	'imports.report.countryResolved': {
		fr: 'Pays des partenaires identifiés : {pct} ({n} sur {total}) · {countries} pays',
		en: 'Partner countries identified: {pct} ({n} of {total}) · {countries} countries'
	},
	'imports.report.precision': { fr: 'Placement des partenaires sur la carte', en: 'How partners are placed on the map' },
	'imports.precision.given': { fr: 'coordonnées fournies', en: 'coordinates given' },
	'imports.precision.city': { fr: 'ville trouvée', en: 'city found' },
	'imports.precision.region': { fr: 'région / province (approché)', en: 'region / province (approximate)' },
	'imports.precision.country': { fr: 'centre du pays (approché)', en: 'country centre (approximate)' },
	'imports.precision.unresolved': { fr: 'non placé', en: 'not placed' },
	'imports.report.duration': { fr: 'Durée : {ms} ms', en: 'Duration: {ms} ms' },
	'imports.rejected.title': { fr: 'Lignes rejetées', en: 'Rejected rows' },
	'imports.rejected.download': { fr: 'Télécharger les lignes rejetées (CSV)', en: 'Download the rejected rows (CSV)' },
	'imports.col.line': { fr: 'Ligne', en: 'Line' },
	'imports.col.reason': { fr: 'Motif', en: 'Reason' },
	'imports.col.message': { fr: 'Message', en: 'Message' },
	'imports.warnings.title': { fr: 'Avertissements', en: 'Warnings' },
	'imports.warning.partner-outside-country': {
		fr: 'Les coordonnées données pour le partenaire « {name} » tombent à {km} km hors de son pays ({country}) : placé à {place} (précision : {precision}) d’après le répertoire de lieux.',
		en: 'The coordinates given for partner “{name}” lie {km} km outside its country ({country}): placed at {place} (precision: {precision}) from the gazetteer.'
	},
	'imports.warning.partner-coarse-point': {
		fr: 'Les coordonnées données pour le partenaire « {name} » ({lat}, {lon}) sont en degrés entiers, trop grossières pour une ville : placé à {place} (précision : {precision}) d’après le répertoire de lieux.',
		en: 'The coordinates given for partner “{name}” ({lat}, {lon}) are whole degrees, too coarse for a town: placed at {place} (precision: {precision}) from the gazetteer.'
	},
	'imports.warning.partner-coarse-kept': {
		fr: 'Les coordonnées données pour le partenaire « {name} » ({lat}, {lon}) sont en degrés entiers, trop grossières pour une ville, et aucun lieu de ce nom n’a été trouvé : gardées telles quelles.',
		en: 'The coordinates given for partner “{name}” ({lat}, {lon}) are whole degrees, too coarse for a town, and no place of that name was found: kept as given.'
	},
	'imports.warning.partner-outside-kept': {
		fr: 'Les coordonnées données pour le partenaire « {name} » tombent à {km} km hors de son pays ({country}), et aucun lieu de ce nom n’y a été trouvé : gardées telles quelles.',
		en: 'The coordinates given for partner “{name}” lie {km} km outside its country ({country}), and no place of that name was found there: kept as given.'
	},
	'imports.warning.french-namesake': {
		fr: 'Les coordonnées données pour « {name} » désignent {small} ({smallCode}, {smallPop} hab.), un homonyme au moins 10 fois moins peuplé que {large} ({largeCode}, {largePop} hab.) : la plus grande commune est retenue ; indiquez le code INSEE pour garder la petite.',
		en: 'The coordinates given for “{name}” designate {small} ({smallCode}, {smallPop} inhabitants), a namesake at least 10 times smaller than {large} ({largeCode}, {largePop} inhabitants): the larger commune is used; give the INSEE code to keep the smaller.'
	},
	'imports.warning.row-corrected': {
		fr: 'Collectivité « {name} » corrigée en {code} ({note} ; source : {url}).',
		en: 'French side “{name}” corrected to {code} ({note}; source: {url}).'
	},
	'imports.warning.row-correction-unused': {
		fr: 'Correction non appliquée : pas de collectivité « {name} » sur cette ligne.',
		en: 'Correction not applied: no French side “{name}” on this row.'
	},
	'imports.warning.partner-point-corrected': {
		fr: 'Point donné pour le partenaire « {name} » écarté, placé d’après son nom ({note} ; source : {url}).',
		en: 'Point given for partner “{name}” dropped, placed by its name ({note}; source: {url}).'
	},
	'imports.warning.partner-correction-unused': {
		fr: 'Correction non appliquée : pas de partenaire « {name} » sur cette ligne.',
		en: 'Correction not applied: no partner “{name}” on this row.'
	},
	'imports.more': { fr: '… et {n} de plus', en: '… and {n} more' },
	'imports.saved': {
		fr: '« {title} » est ajouté à l’atlas et gardé dans ce navigateur.',
		en: '“{title}” is added to the atlas and kept in this browser.'
	},
	'imports.list': { fr: 'Vos jeux de données importés', en: 'Your imported datasets' },
	'imports.list.empty': { fr: 'Aucun fichier importé pour l’instant.', en: 'No file imported yet.' },
	'imports.list.meta.one': { fr: '{n} fiche · importé le {date}', en: '{n} record · imported on {date}' },
	'imports.list.meta.other': { fr: '{n} fiches · importé le {date}', en: '{n} records · imported on {date}' },
	'imports.showAlone': { fr: 'Voir seul', en: 'Show alone' },
	'imports.showTogether': { fr: 'Voir avec les données embarquées', en: 'Show with the embedded data' },
	'imports.showReport': { fr: 'Rapport', en: 'Report' },
	'imports.delete': { fr: 'Supprimer', en: 'Delete' },
	'imports.delete.label': { fr: 'Supprimer « {title} »', en: 'Delete “{title}”' },
	'imports.deleted': { fr: '« {title} » est supprimé de ce navigateur.', en: '“{title}” is deleted from this browser.' },
	'imports.privacy': {
		fr: 'Vos fichiers restent dans ce navigateur (IndexedDB) : rien n’est envoyé sur Internet.',
		en: 'Your files stay in this browser (IndexedDB): nothing is sent over the Internet.'
	}
} as const satisfies Messages;
