/** Tab "Amendments and notes". */
import { SelectInput, TextInput, maxLength, required } from 'react-admin';
import { LegalActReferenceInput } from '../../legal-acts/LegalActReferenceInput';
import { Section } from '../../common/Section';
import { enumChoices } from '../../i18n/enums';
import { PartInput, Row, StringListInput } from './inputs';

export const AmendmentsTab = () => (
  <>
    <Section title="resources.service-standards.parts.amendments">
      <PartInput source="amendments" label={false} collapse="amendments">
        <Row>
          <LegalActReferenceInput source="actId" validate={required()} />
          <SelectInput source="kind" choices={enumChoices('AmendmentKind')} validate={required()} helperText={false} />
        </Row>
        <StringListInput source="clauses" />
        <TextInput source="note" validate={maxLength(5000)} multiline helperText={false} />
      </PartInput>
    </Section>
    <Section title="resources.service-standards.parts.notes" divider={false}>
      <StringListInput source="notes" label="" max={5000} multiline />
    </Section>
  </>
);
