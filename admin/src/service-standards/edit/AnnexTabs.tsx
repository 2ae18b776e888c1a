/** Tabs "Qualification requirements", "Forms" and "Indicators". */
import { NumberInput, SelectInput, TextInput, maxLength, minValue, required } from 'react-admin';
import { LocalizedInput } from '../../common/LocalizedInput';
import { validateCode } from '../../common/validation';
import { enumChoices } from '../../i18n/enums';
import { PartInput, ProvenanceInputs, Row } from './inputs';

export const QualificationTab = () => (
  <PartInput source="qualificationRequirements" collapse="qualificationRequirements">
    <TextInput source="code" validate={validateCode} helperText={false} />
    <LocalizedInput source="activitySubtype" required multiline />
    <ProvenanceInputs />
    <PartInput source="items" label="resources.service-standards.parts.qualificationItems" collapse="qualificationItems">
      <TextInput source="number" validate={[required(), maxLength(20)]} helperText={false} />
      <LocalizedInput source="requirement" required multiline />
      <PartInput source="evidence" label="resources.service-standards.parts.evidence">
        <LocalizedInput source="" label={false} multiline />
      </PartInput>
      <LocalizedInput source="exemption" multiline />
      <ProvenanceInputs />
    </PartInput>
  </PartInput>
);

export const FormsTab = () => (
  <PartInput source="forms" collapse="forms">
    <Row>
      <TextInput source="code" validate={validateCode} helperText={false} />
      <SelectInput source="kind" choices={enumChoices('FormKind')} validate={required()} helperText={false} />
      <NumberInput source="appendix" validate={minValue(1)} helperText={false} />
    </Row>
    <LocalizedInput source="title" required multiline />
    <ProvenanceInputs />
    <PartInput source="fields" label="resources.service-standards.parts.formFields" collapse="formFields">
      <LocalizedInput source="label" required multiline />
      <Row>
        <SelectInput source="type" choices={enumChoices('FormFieldType')} validate={required()} helperText={false} />
        <TextInput source="repeatingGroup" validate={maxLength(100)} helperText={false} />
        <TextInput source="note" validate={maxLength(5000)} helperText={false} />
      </Row>
    </PartInput>
  </PartInput>
);

export const IndicatorsTab = () => (
  <PartInput source="qualityIndicators" collapse="qualityIndicators">
    <Row>
      <SelectInput source="group" choices={enumChoices('IndicatorGroup')} validate={required()} helperText={false} />
      <TextInput source="code" validate={[required(), maxLength(20)]} helperText={false} />
    </Row>
    <LocalizedInput source="groupTitle" required />
    <LocalizedInput source="wording" required multiline />
    <Row>
      <NumberInput source="normative" helperText={false} />
      <NumberInput source="current" helperText={false} />
      <NumberInput source="target" helperText={false} />
    </Row>
    <ProvenanceInputs />
  </PartInput>
);
