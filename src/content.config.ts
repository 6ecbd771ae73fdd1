// The sample publication's content collections: Sitrep's, over content/.
export { collections } from 'sitrep/content';
