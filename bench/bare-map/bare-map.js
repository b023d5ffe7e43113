// The bare page: one inline style, one GeoJSON line layer, idle with data → data-state="idle".
import * as maplibregl from './maplibre-gl.mjs';

maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
const el = document.getElementById('map');
const map = new maplibregl.Map({
	container: el,
	style: {
		version: 8,
		sources: { links: { type: 'geojson', data: new URL('./links.json', location.href).href } },
		layers: [
			{ id: 'bg', type: 'background', paint: { 'background-color': '#dce8f2' } },
			{ id: 'links', type: 'line', source: 'links', paint: { 'line-color': '#6a4c93', 'line-opacity': 0.4, 'line-width': 1 } }
		]
	},
	center: [10, 25],
	zoom: 1.2,
	fadeDuration: 0,
	attributionControl: false
});
map.on('idle', () => {
	if (map.isSourceLoaded('links')) el.dataset.state = 'idle';
});
