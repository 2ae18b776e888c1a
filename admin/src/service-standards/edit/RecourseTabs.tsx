/** Tabs "Refusal grounds" and "Complaint route": ordered lists, numbered by position on save. */
import { NumberInput, SelectInput, TextInput, maxLength, minValue, required } from 'react-admin';
import { AgencyReferenceInput } from '../../agencies/AgencyReferenceInput';
import { LegalActReferenceInput } from '../../legal-acts/LegalActReferenceInput';
import { LocalizedInput } from '../../common/LocalizedInput';
import { enumChoices } from '../../i18n/enums';
import { PartInput, ProvenanceInputs, Row, StringListInput } from './inputs';

export const RefusalGroundsTab = () => (
  <PartInput source="refusalGrounds" collapse="refusalGrounds">
    <LocalizedInput source="text" required multiline />
    <ProvenanceInputs />
  </PartInput>
);

export const ComplaintRouteTab = () => (
  <PartInput source="complaintRoute" collapse="complaintRoute">
    <Row>
      <SelectInput source="level" choices={enumChoices('ComplaintLevelKind')} validate={required()} helperText={false} />
      <AgencyReferenceInput source="agencyId" />
    </Row>
    <LocalizedInput source="description" required multiline />
    <LocalizedInput source="address" multiline />
    <Row>
      <TextInput source="room" validate={maxLength(200)} helperText={false} />
      <StringListInput source="phones" max={100} />
    </Row>
    <Row>
      <NumberInput source="reviewValue" validate={minValue(0)} helperText={false} />
      <SelectInput source="reviewUnit" choices={enumChoices('DeadlineUnit')} emptyText="—" helperText={false} />
      <LegalActReferenceInput source="reviewLegalBasisId" helperText="resources.service-standards.review_law_help" />
    </Row>
    <LocalizedInput source="reviewCountsFrom" multiline />
    <ProvenanceInputs />
  </PartInput>
);
