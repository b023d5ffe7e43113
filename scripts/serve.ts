/**
 * npm start / npm run preview — serves the built site (build/) like a plain static host, with its
 * precompressed files.   tsx scripts/serve.ts [--port 4173] [--root build]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, root: { type: 'string', default: 'build' } } });
const root = path.resolve(values.root!);
if (!existsSync(path.join(root, 'index.html'))) {
	console.error(`${root}/index.html is missing: run \`npm run build\` first.`);
	process.exit(1);
}
const port = Number(values.port);
createStaticServer({ root })
	.on('error', (e) => {
		console.error(`Cannot serve on port ${port}: ${e.message}`);
		process.exit(1);
	})
	.listen(port, () => console.log(`Atlas: http://localhost:${port}/ (serving ${path.relative(process.cwd(), root) || '.'})`));
