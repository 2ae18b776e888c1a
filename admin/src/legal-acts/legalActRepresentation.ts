import { localizedRepresentation } from '../common/recordRepresentation';

/** A legal act as text: its title in the UI language, else its code. */
export const legalActRepresentation = localizedRepresentation('title');
