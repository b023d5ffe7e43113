/** UI strings: the year player (components/YearPlayer.svelte). */
import type { Messages } from '../translate';

export const player = {
	'player.label': { fr: 'Lecture année par année', en: 'Year-by-year player' },
	'player.play': { fr: 'Lire année par année', en: 'Play year by year' },
	'player.pause': { fr: 'Mettre en pause', en: 'Pause' },
	'player.prev': { fr: 'Année précédente', en: 'Previous year' },
	'player.next': { fr: 'Année suivante', en: 'Next year' },
	'player.all': { fr: 'Toutes les années', en: 'All years' },
	'player.mode': { fr: 'Mode', en: 'Mode' },
	'player.cumulative': { fr: 'Cumulé (actifs à cette date)', en: 'Cumulative (active by that year)' },
	'player.single': { fr: 'Année par année', en: 'Each year alone' },
	'player.yearCumulative': { fr: 'jusqu’en {year}', en: 'up to {year}' },
	'player.yearSingle': { fr: 'en {year}', en: 'in {year}' },
	'player.off': { fr: 'toutes les années', en: 'all years' },
	'player.noYears': { fr: 'Aucun enregistrement daté sous ces filtres.', en: 'No dated record under these filters.' },
	'player.undated.one': { fr: '{count} enregistrement sans année, non animé', en: '{count} record without a year, not animated' },
	'player.undated.other': { fr: '{count} enregistrements sans année, non animés', en: '{count} records without a year, not animated' },
	'player.hint': { fr: 'Espace : lecture / pause ; flèches : année précédente / suivante.', en: 'Space: play / pause; arrows: previous / next year.' }
} as const satisfies Messages;
