import { buildWorkers } from '../../scripts/build-workers';

// Worker threads load bundles of the current sources, as `npm run build` makes them.
export default async function setup() {
  await buildWorkers();
}
