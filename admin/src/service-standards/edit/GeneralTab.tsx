/** Tab "General": the service, its approval and validity, the agencies, recipients, result, fee and legal basis. */
import {
  BooleanInput, CheckboxGroupInput, DateInput, NumberInput, SelectInput, TextInput, maxLength, minValue, required,
} from 'react-admin';
import { AgencyReferenceInput } from '../../agencies/AgencyReferenceInput';
import { LegalActReferenceInput } from '../../legal-acts/LegalActReferenceInput';
import { LocalizedInput } from '../../common/LocalizedInput';
import { Section } from '../../common/Section';
import { validateCode } from '../../common/validation';
import { enumChoices } from '../../i18n/enums';
import { PartInput, ProvenanceInputs, Row } from './inputs';

const section = (id: string) => `resources.service-standards.form_sections.${id}`;

export const GeneralTab = ({ creating = false }: { creating?: boolean }) => (
  <>
    <Section title={section('service')}>
      <Row>
        <TextInput source="code" validate={validateCode} disabled={!creating} helperText={creating ? undefined : 'resources.service-standards.code_fixed'} />
        <DateInput source="validFrom" helperText="resources.service-standards.valid_from_help" />
        <BooleanInput source="validFromEstimated" />
      </Row>
      <LocalizedInput source="name" required multiline />
      <PartInput source="titleVariants" ordered={false} collapse="titleVariants">
        <TextInput source="source" validate={[required(), maxLength(200)]} helperText={false} />
        <LocalizedInput source="title" required multiline />
        <TextInput source="note" validate={maxLength(5000)} helperText={false} />
      </PartInput>
    </Section>
    <Section title={section('approval')}>
      <Row>
        <LegalActReferenceInput source="approvedById" />
        <TextInput source="approvedClause" validate={maxLength(200)} />
      </Row>
      <PartInput source="legalBasis" collapse="legalBasis">
        <Row>
          <LegalActReferenceInput source="actId" validate={required()} />
          <TextInput source="article" validate={maxLength(200)} helperText={false} />
        </Row>
        <ProvenanceInputs />
      </PartInput>
    </Section>
    <Section title={section('agencies')}>
      <Row>
        <AgencyReferenceInput source="providerId" validate={required()} />
        <AgencyReferenceInput source="developerId" />
      </Row>
      <PartInput source="otherAgencies" ordered={false} collapse="otherAgencies">
        <Row>
          <AgencyReferenceInput source="agencyId" validate={required()} />
          <TextInput source="role" validate={[required(), maxLength(2000)]} multiline helperText={false} />
        </Row>
        <TextInput source="note" validate={maxLength(5000)} helperText={false} />
      </PartInput>
    </Section>
    <Section title={section('service_form')}>
      <CheckboxGroupInput source="recipients" choices={enumChoices('RecipientKind')} />
      <Row>
        <CheckboxGroupInput source="media" choices={enumChoices('Medium')} />
        <SelectInput source="automation" choices={enumChoices('Automation')} emptyText="—" />
      </Row>
      <LocalizedInput source="result.description" required multiline />
      <CheckboxGroupInput source="result.media" choices={enumChoices('Medium')} validate={required()} />
      <Row>
        <TextInput source="result.clause" validate={maxLength(200)} helperText={false} />
        <TextInput source="result.note" validate={maxLength(5000)} helperText={false} />
      </Row>
    </Section>
    <Section title={section('fee')}>
      <Row>
        <SelectInput source="feeKind" choices={enumChoices('FeeKind')} validate={required()} />
        <NumberInput source="feeAmountMci" validate={minValue(0)} />
        <LegalActReferenceInput source="feeLegalBasisId" />
      </Row>
      <LocalizedInput source="feeDescription" multiline />
    </Section>
    <Section title={section('principles')} divider={false}>
      <PartInput source="workPrinciples" collapse="workPrinciples">
        <LocalizedInput source="" label={false} multiline />
      </PartInput>
    </Section>
  </>
);
