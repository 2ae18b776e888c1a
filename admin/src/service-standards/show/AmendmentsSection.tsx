/** 11. Amendments and 12. notes on the source text. */
import { Box } from '@mui/material';
import type { ServiceStandard } from '../../generated/graphql';
import { LegalActReferenceField } from '../../legal-acts/LegalActReferenceField';
import { EnumText, Nothing, SourceNote, StandardSection } from './blocks';

export const AmendmentsSection = ({ record, number }: { record: ServiceStandard; number: number }) => (
  <StandardSection id="amendments" number={number}>
    {record.amendments.length ? (
      <ul style={{ marginTop: 0 }}>
        {record.amendments.map((amendment) => (
          <Box component="li" key={amendment.id} sx={{ mb: 0.5 }}>
            <LegalActReferenceField record={amendment} source="actId" />
            {' — '}<EnumText name="AmendmentKind" value={amendment.kind} />
            {amendment.clauses.length > 0 && <>: {amendment.clauses.join('; ')}</>}
            <SourceNote note={amendment.note} />
          </Box>
        ))}
      </ul>
    ) : <Nothing />}
  </StandardSection>
);

export const NotesSection = ({ record, number }: { record: ServiceStandard; number: number }) => (
  <StandardSection id="notes" number={number}>
    {record.notes.length ? (
      <ul style={{ marginTop: 0 }}>
        {record.notes.map((note, index) => <li key={index}>{note}</li>)}
      </ul>
    ) : <Nothing />}
  </StandardSection>
);
