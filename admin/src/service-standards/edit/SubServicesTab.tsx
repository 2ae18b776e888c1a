/** Tab "Sub-services and deadlines". Deadlines name the sub-services and channels they apply to (none = all). */
import {
  BooleanInput, CheckboxGroupInput, NumberInput, SelectArrayInput, SelectInput, TextInput, minValue, required,
} from 'react-admin';
import { LocalizedInput } from '../../common/LocalizedInput';
import { Section } from '../../common/Section';
import { validateCode } from '../../common/validation';
import { enumChoices } from '../../i18n/enums';
import { PartInput, ProvenanceInputs, Row, useSubServiceChoices } from './inputs';

const section = (id: string) => `resources.service-standards.parts.${id}`;

const DeadlineScopeInputs = () => {
  const subServices = useSubServiceChoices();
  return (
    <Row>
      <SelectArrayInput source="subServices" choices={subServices} translateChoice={false} helperText="resources.service-standards.empty_means_all" />
      <CheckboxGroupInput source="channels" choices={enumChoices('Channel')} helperText="resources.service-standards.empty_means_all" />
    </Row>
  );
};

export const SubServicesTab = () => (
  <>
    <Section title={section('subServices')}>
      <PartInput source="subServices" label={false} collapse="subServices">
        <Row>
          <TextInput source="code" validate={validateCode} helperText={false} />
          <SelectInput source="kind" choices={enumChoices('SubServiceKind')} validate={required()} helperText={false} />
        </Row>
        <LocalizedInput source="name" required />
        <ProvenanceInputs />
      </PartInput>
    </Section>
    <Section title={section('deadlines')} divider={false}>
      <PartInput source="deadlines" label={false} collapse="deadlines">
        <Row>
          <SelectInput source="kind" choices={enumChoices('DeadlineKind')} validate={required()} helperText={false} />
          <SelectInput source="comparator" choices={enumChoices('Comparator')} emptyText="—" helperText={false} />
          <NumberInput source="value" validate={minValue(0)} helperText={false} />
          <SelectInput source="unit" choices={enumChoices('DeadlineUnit')} emptyText="—" helperText={false} />
          <SelectInput source="owedBy" choices={enumChoices('DeadlineParty')} validate={required()} helperText={false} />
        </Row>
        <LocalizedInput source="countsFrom" multiline />
        <BooleanInput source="excludeStartDay" helperText={false} />
        <DeadlineScopeInputs />
        <LocalizedInput source="description" multiline />
        <ProvenanceInputs />
      </PartInput>
    </Section>
  </>
);
