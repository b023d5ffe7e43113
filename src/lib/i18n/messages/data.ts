/**
 * UI strings: data versions (pinned embeds and links), per-record freshness, "report an error",
 * and the /donnees page.
 */
import type { Messages } from '../translate';

export const data = {
	// Record freshness (record panel, place pages, report)
	'record.checked': { fr: 'Source vérifiée le', en: 'Source checked on' },
	'record.checkedUnknown': { fr: 'date de vérification inconnue', en: 'check date unknown' },

	// Data versions
	'version.footer': { fr: 'données du {date}, version {id}', en: 'data of {date}, version {id}' },
	'version.notice': {
		fr: 'Lien figé : vous voyez les données du {date} (version {id}), pas forcément les plus récentes.',
		en: 'Pinned link: you are seeing the data of {date} (version {id}), not necessarily the latest.'
	},
	'version.pinnedLink': { fr: 'Copier le lien figé', en: 'Copy a pinned link' },
	'version.pinnedLink.help': {
		fr: 'Un lien vers cette vue sur la version actuelle des données : il montrera les mêmes chiffres après les mises à jour.',
		en: 'A link to this view on the current data version: it will show the same figures after updates.'
	},
	'version.unknown.title': { fr: 'Version des données introuvable', en: 'Data version not found' },
	'version.unknown.text': {
		fr: 'Ce lien demande la version « {id} » des données, qui n’a jamais été publiée sur ce site (ou a été mal recopiée). Rien n’est affiché plutôt que des données différentes.',
		en: 'This link asks for version "{id}" of the data, which was never published on this site (or was copied wrongly). Nothing is shown rather than different data.'
	},
	'version.unknown.live': { fr: 'Voir les données à jour', en: 'See the current data' },
	'embed.mode.label': { fr: 'Données de l’intégration', en: 'Data of the embed' },
	'embed.mode.live': { fr: 'À jour : suit les mises à jour des données', en: 'Live: follows data updates' },
	'embed.mode.pinned': { fr: 'Figée : toujours les données d’aujourd’hui ({id}, {date})', en: 'Pinned: always today’s data ({id}, {date})' },
	'embed.mode.pinnedLoading': { fr: 'Figée sur la version actuelle des données', en: 'Pinned to the current data version' },
	'embed.mode.pinnedUnavailable': { fr: 'Aucune version publiée : lancez npm run data:build.', en: 'No released version: run npm run data:build.' },

	// Report an error
	'report.action': { fr: 'Signaler une erreur', en: 'Report an error' },
	'report.dialogTitle': { fr: 'Signaler une erreur : {id}', en: 'Report an error: {id}' },
	'report.help': {
		fr: 'Décrivez ce qui est faux et ce qu’il faudrait lire (avec une source si possible). Le message ci-dessous est préparé pour vous : rien n’est envoyé sans votre action.',
		en: 'Say what is wrong and what it should read (with a source if you can). The message below is prepared for you: nothing is sent unless you send it.'
	},
	'report.correctionLabel': { fr: 'Votre correction', en: 'Your correction' },
	'report.preview': { fr: 'Message', en: 'Message' },
	'report.mail': { fr: 'Écrire l’e-mail', en: 'Write the e-mail' },
	'report.issue': { fr: 'Ouvrir un ticket', en: 'Open an issue' },
	'report.copy': { fr: 'Copier le texte', en: 'Copy the text' },
	'report.close': { fr: 'Fermer', en: 'Close' },
	'report.noRecipient': {
		fr: 'Aucune adresse n’est configurée pour ce site : choisissez le destinataire dans votre messagerie, ou copiez le texte.',
		en: 'No address is configured for this site: pick the recipient in your mail client, or copy the text.'
	},
	'report.subject': { fr: 'Atlas de la coopération décentralisée : erreur dans {id}', en: 'Atlas of decentralised cooperation: error in {id}' },
	'report.intro': {
		fr: 'Signalement d’une erreur dans un enregistrement de l’Atlas de la coopération décentralisée.',
		en: 'Report of an error in a record of the Atlas of decentralised cooperation.'
	},
	'report.id': { fr: 'Enregistrement', en: 'Record' },
	'report.permalink': { fr: 'Lien', en: 'Link' },
	'report.fields': { fr: 'Champs actuels', en: 'Current fields' },
	'report.correction': { fr: 'Correction proposée', en: 'Proposed correction' },
	'report.noCorrection': { fr: '(à compléter)', en: '(to be filled in)' },
	'report.title': { fr: 'Intitulé', en: 'Title' },
	'report.sourceUrl': { fr: 'Page source', en: 'Source page' },

	// /donnees
	'nav.dataPage': { fr: 'Données', en: 'Data' },
	'donnees.title': { fr: 'Les données : couverture, qualité, corrections', en: 'The data: coverage, quality, corrections' },
	'donnees.intro': {
		fr: 'Pour chaque jeu de données embarqué : ce qu’il couvre, la précision du placement des partenaires, les doublons reconnus, les corrections appliquées et la date à laquelle ses sources ont été vérifiées.',
		en: 'For each embedded dataset: what it covers, how precisely partners are placed, the duplicates recognised, the corrections applied and when its sources were checked.'
	},
	'donnees.version': { fr: 'Version publiée : {id}, données du {date}.', en: 'Released version: {id}, data of {date}.' },
	'donnees.records': { fr: 'Enregistrements', en: 'Records' },
	'donnees.figures': { fr: 'Chiffres agrégés', en: 'Aggregate figures' },
	'donnees.years': { fr: 'Années', en: 'Years' },
	'donnees.yearsNone': { fr: 'aucune année donnée', en: 'no year given' },
	'donnees.withoutYear': { fr: '{n} sans année', en: '{n} without a year' },
	'donnees.themes': { fr: 'Thèmes', en: 'Themes' },
	'donnees.themesNone': { fr: 'aucun thème donné', en: 'no theme given' },
	'donnees.source': { fr: 'Source', en: 'Source' },
	'donnees.sourcePages': { fr: '{n} pages sources citées ligne par ligne', en: '{n} source pages cited row by row' },
	'donnees.licence': { fr: 'Licence', en: 'Licence' },
	'donnees.precision': { fr: 'Placement des partenaires', en: 'Placement of partners' },
	'donnees.precision.given': { fr: 'point donné par la source', en: 'point given by the source' },
	'donnees.precision.city': { fr: 'ville', en: 'city' },
	'donnees.precision.region': { fr: 'région (centre)', en: 'region (centre)' },
	'donnees.precision.country': { fr: 'pays (centre)', en: 'country (centre)' },
	'donnees.precision.unresolved': { fr: 'non placés', en: 'not placed' },
	'donnees.duplicates': { fr: 'Doublons', en: 'Duplicates' },
	'donnees.duplicatesText': {
		fr: '{dup} enregistrements décrivent un lien déjà présent (comptés une fois) ; {alias} partenaires sont une variante du nom d’un autre.',
		en: '{dup} records state a link already present (counted once); {alias} partners are a name variant of another.'
	},
	'donnees.corrections': { fr: 'Corrections appliquées', en: 'Corrections applied' },
	'donnees.rowCorrections.one': { fr: '{n} ligne corrigée (data/row-overrides.csv)', en: '{n} row corrected (data/row-overrides.csv)' },
	'donnees.rowCorrections.other': { fr: '{n} lignes corrigées (data/row-overrides.csv)', en: '{n} rows corrected (data/row-overrides.csv)' },
	'donnees.placeCorrections.one': { fr: '{n} partenaire placé par data/places-overrides.csv', en: '{n} partner placed by data/places-overrides.csv' },
	'donnees.placeCorrections.other': { fr: '{n} partenaires placés par data/places-overrides.csv', en: '{n} partners placed by data/places-overrides.csv' },
	'donnees.correctionLine': { fr: '{file}, ligne {line}', en: '{file}, line {line}' },
	'donnees.checked': { fr: 'Sources vérifiées', en: 'Sources checked' },
	'donnees.checkedRange': { fr: 'la plus ancienne le {oldest}, la plus récente le {newest}', en: 'oldest on {oldest}, newest on {newest}' },
	'donnees.checkedMissing': { fr: '{n} sans date de vérification', en: '{n} without a check date' },
	'donnees.checkedNote': {
		fr: 'Pour ces fichiers, seule la date de leur relevé est connue : elle sert de date de vérification à chaque ligne.',
		en: 'For these files only the date they were collected is known: it is every row’s check date.'
	},
	'donnees.report': {
		fr: 'Une erreur ? Chaque enregistrement a un bouton « Signaler une erreur » (panneau de détail de l’atlas, listes des pages région, collectivité et pays).',
		en: 'An error? Every record has a "Report an error" button (the atlas’s detail panel, the lists of région, collectivité and country pages).'
	}
} as const satisfies Messages;
