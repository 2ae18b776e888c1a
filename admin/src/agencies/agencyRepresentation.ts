import { localizedRepresentation } from '../common/recordRepresentation';

/** An agency as text: its name in the UI language, else its code. */
export const agencyRepresentation = localizedRepresentation('name');
