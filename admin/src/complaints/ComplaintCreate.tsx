/**
 * Registering a complaint about an application (its pinned standard gives the review deadline) or
 * about a provider (optionally under a standard version; else the statutory terms): registerComplaint.
 */
import { useWatch } from 'react-hook-form';
import {
  Create, DateTimeInput, ReferenceInput, AutocompleteInput, SelectInput, SimpleForm, TextInput, maxLength, required,
} from 'react-admin';
import { AgencyReferenceInput } from '../agencies/AgencyReferenceInput';
import { ApplicationReferenceInput } from '../applications/ApplicationReferenceInput';
import { useSubmitByMutation } from '../applications/useSubmitByMutation';
import { enumChoices } from '../i18n/enums';
import { standardRepresentation } from '../service-standards/standardRepresentation';

const STANDARD_META = { sparseFields: ['id', 'code', 'versionNumber'] };

/** Without an application: the provider, and optionally the standard version whose route applies. */
const ProviderInputs = () => {
  const applicationId = useWatch({ name: 'applicationId' }) as string | undefined;
  if (applicationId) return null;
  return (
    <>
      <AgencyReferenceInput source="agencyId" validate={required()} helperText="resources.complaints.create.agency_help" />
      <ReferenceInput source="standardId" reference="service-standards" queryOptions={{ meta: STANDARD_META }} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput optionText={standardRepresentation} helperText="resources.complaints.create.standard_help" fullWidth />
      </ReferenceInput>
    </>
  );
};

/** About the application when one is given, else about the provider (and optionally a standard version). */
function toComplaintArguments(values: Record<string, unknown>): Record<string, unknown> {
  const { applicationId, agencyId, standardId, registeredAt, ...rest } = values;
  return {
    ...rest,
    ...(applicationId ? { applicationId } : { agencyId, standardId: standardId || undefined }),
    registeredAt: registeredAt ? new Date(registeredAt as string).toISOString() : undefined,
  };
}

export const ComplaintCreate = () => {
  const register = useSubmitByMutation('registerComplaint', toComplaintArguments, 'complaints', 'resources.complaints.notifications.registered');

  return (
    <Create>
      <SimpleForm onSubmit={register as never}>
        <ApplicationReferenceInput source="applicationId" helperText="resources.complaints.create.application_help" />
        <ProviderInputs />
        <SelectInput source="level" choices={enumChoices('ComplaintLevelKind')} validate={required()} fullWidth />
        <TextInput source="complainant" validate={[required(), maxLength(500)]} fullWidth />
        <TextInput source="subject" validate={[required(), maxLength(5000)]} multiline fullWidth />
        <DateTimeInput source="registeredAt" helperText="resources.complaints.create.registered_help" fullWidth />
      </SimpleForm>
    </Create>
  );
};
