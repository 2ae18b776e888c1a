import {
  BooleanField, DateField, FunctionField, NumberField, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState,
} from 'react-admin';
import type { Complaint } from '../generated/graphql';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import { ApplicationReferenceField } from '../applications/ApplicationReferenceField';
import { EnumField } from '../common/EnumField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { ComplaintStateField } from './ComplaintStateField';
import { ResolveComplaintButton } from './ResolveComplaintButton';

export const ComplaintShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show actions={<TopToolbar><ResolveComplaintButton /></TopToolbar>}>
      <SimpleShowLayout>
        <ComplaintStateField label="resources.complaints.fields.state" />
        <TextField source="complainant" />
        <TextField source="subject" />
        <EnumField enum="ComplaintLevelKind" source="level" />
        <AgencyReferenceField source="agencyId" />
        <ApplicationReferenceField source="applicationId" />
        <EnumField enum="Channel" source="channel" emptyText="—" />
        <FunctionField<Complaint> source="standardCode" render={(r) => (r.standardCode ? `${r.standardCode} v${r.standardVersion ?? ''}` : '—')} />
        <LocalizedTextField source="complaintLevel.description" emptyText="—" />
        <DateField source="registeredAt" showTime locales={locale} />
        <TextField source="registeredBy" />
        <FunctionField<Complaint>
          source="reviewValue"
          render={(r) => (r.reviewValue === null || r.reviewValue === undefined ? '—' : <><NumberField source="reviewValue" /> <EnumField enum="DeadlineUnit" source="reviewUnit" /></>)}
        />
        <EnumField enum="ReviewRuleSource" source="reviewRuleSource" />
        <DateField source="reviewDueAt" showTime locales={locale} emptyText="—" />
        <DateField source="resolvedAt" showTime locales={locale} emptyText="—" />
        <BooleanField source="justified" looseValue={false} emptyText="—" />
        <TextField source="resolution" emptyText="—" />
        <BooleanField source="resolvedOnTime" looseValue={false} emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
};
