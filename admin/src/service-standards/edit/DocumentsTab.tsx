/**
 * Tab "Documents": one list per sub-service × channel, as the law numbers them. Rows move up and
 * down within their list; a new list starts with a choice of sub-service and channel.
 */
import {
  BooleanInput, CheckboxGroupInput, SelectInput, required,
} from 'react-admin';
import { LocalizedInput } from '../../common/LocalizedInput';
import { enumChoices } from '../../i18n/enums';
import { PartInput, ProvenanceInputs, Row, useChannelChoices, useFormChoices, useSubServiceChoices } from './inputs';

const FLAGS = ['officialTranslation', 'legalisation', 'edsSigned', 'fromStateSystems'] as const;

const GroupHeadInputs = () => {
  const subServices = useSubServiceChoices();
  const channels = useChannelChoices();
  return (
    <Row>
      <SelectInput source="subService" label="resources.service-standards.fields.documents.subService" choices={subServices}
        translateChoice={false} validate={required()} helperText={false} />
      <SelectInput source="channel" label="resources.service-standards.fields.documents.channel" choices={channels}
        validate={required()} helperText={false} />
    </Row>
  );
};

const FormCodeInput = () => {
  const forms = useFormChoices();
  return <SelectInput source="formCode" choices={forms} translateChoice={false} emptyText="—" helperText={false} />;
};

export const DocumentsTab = () => (
  <PartInput source="documentGroups" ordered={false}>
    <GroupHeadInputs />
    <PartInput source="documents" label="resources.service-standards.parts.documents" collapse="groupedDocuments">
      <LocalizedInput source="title" required multiline />
      <Row>
        <SelectInput source="copyKind" choices={enumChoices('CopyKind')} validate={required()} helperText={false} />
        <SelectInput source="notarised" choices={enumChoices('Notarisation')} defaultValue="no" helperText={false} />
        <FormCodeInput />
      </Row>
      <Row>
        {FLAGS.map((flag) => <BooleanInput key={flag} source={flag} helperText={false} />)}
      </Row>
      <CheckboxGroupInput source="recipients" choices={enumChoices('RecipientKind')} helperText="resources.service-standards.empty_means_all" />
      <LocalizedInput source="condition" multiline />
      <LocalizedInput source="exemption" multiline />
      <ProvenanceInputs />
    </PartInput>
  </PartInput>
);
