/**
 * The dataset a user's file becomes. Light module (no resolvers): the UI can import it, and
 * rejectedToCsv from ./report, without pulling the pipeline into the main bundle.
 */
import type { Dataset } from '../model';

/** The dataset for a user's file: id from the file name, licence unknown. */
export function importedDataset(fileName: string, date = new Date().toISOString().slice(0, 10)): Dataset {
	const slug = fileName.toLowerCase().replace(/\.[a-z0-9]+$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return {
		id: `import-${slug || 'file'}`,
		title: fileName,
		licence: 'non précisée',
		sourceUrl: null,
		date,
		description: `Fichier importé : ${fileName}`,
		imported: true
	};
}

