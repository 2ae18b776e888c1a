/**
 * One application: applicant, the pinned standard version with its sub-service and channel, the
 * deadlines with the SLA chip, the documents, the timeline, the printable receipt, complaints and
 * the survey; the transitions its status allows are the page's actions.
 */
import { Grid } from '@mui/material';
import {
  BooleanField, CreateButton, DataTable, DateField, FunctionField, Labeled, NumberField, ReferenceField, ReferenceManyField, Show,
  SimpleShowLayout, TextField, TopToolbar, useCanAccess, useLocaleState, useRecordContext,
} from 'react-admin';
import type { Application, Complaint } from '../generated/graphql';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import { EnumField } from '../common/EnumField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { Section } from '../common/Section';
import { ApplicationStatusField } from './ApplicationStatusField';
import { ApplicationTimeline } from './ApplicationTimeline';
import { DocumentsField } from './DocumentsField';
import { ReceiptView } from './ReceiptView';
import { RemainingField } from './RemainingField';
import { SlaChip } from './SlaChip';
import { TransitionButtons } from './TransitionButtons';
import { SubServiceName } from './SubServiceName';

const DECIDED = ['issued', 'refused', 'deemedIssued', 'notAccepted', 'handedOver'];

/** Record a survey answer / register a complaint about this application (their create pages, prefilled). */
const FollowUpButtons = () => {
  const record = useRecordContext<Application>();
  const { canAccess: mayRecordSurvey } = useCanAccess({ action: 'create', resource: 'survey-responses' });
  const { canAccess: mayComplain } = useCanAccess({ action: 'create', resource: 'complaints' });
  if (!record) return null;
  return (
    <>
      {mayRecordSurvey && !record.survey && DECIDED.includes(record.status) && (
        <CreateButton resource="survey-responses" label="resources.applications.actions.record_survey" state={{ record: { applicationId: record.id } }} />
      )}
      {mayComplain && (
        <CreateButton resource="complaints" label="resources.applications.actions.register_complaint" state={{ record: { applicationId: record.id } }} />
      )}
    </>
  );
};

const ApplicationActions = () => (
  <TopToolbar>
    <TransitionButtons />
    <FollowUpButtons />
  </TopToolbar>
);

const ApplicantSection = () => (
  <Section title="resources.applications.sections.applicant">
    <SimpleShowLayout sx={{ p: 0 }}>
      <EnumField enum="RecipientKind" source="applicantKind" />
      <TextField source="applicantName" />
      <TextField source="applicantIdentifier" emptyText="—" />
    </SimpleShowLayout>
  </Section>
);

const ServiceSection = () => (
  <Section title="resources.applications.sections.service">
    <SimpleShowLayout sx={{ p: 0 }}>
      <ReferenceField source="standardId" reference="service-standards" link="show">
        <TextField source="code" /> v<TextField source="versionNumber" /> — <LocalizedTextField source="name" />
      </ReferenceField>
      <SubServiceName label="resources.applications.fields.subService" />
      <EnumField enum="Channel" source="channel" />
      <AgencyReferenceField source="agencyId" />
      <EnumField enum="ApplicationIntake" source="intake" />
      <TextField source="submittedBy" />
      <TextField source="responsibleOperator" emptyText="—" />
    </SimpleShowLayout>
  </Section>
);

const DeadlineSection = () => {
  const [locale] = useLocaleState();
  return (
    <Section title="resources.applications.sections.deadlines">
      <SimpleShowLayout sx={{ p: 0 }}>
        <ApplicationStatusField label="resources.applications.fields.status" />
        <SlaChip label="resources.applications.fields.sla" />
        <DateField source="submittedAt" showTime locales={locale} />
        <DateField source="acceptedAt" showTime locales={locale} emptyText="—" />
        <FunctionField<Application>
          source="deadlineValue"
          render={(r) => (r.deadlineValue === null || r.deadlineValue === undefined ? '—' : <><NumberField source="deadlineValue" /> <EnumField enum="DeadlineUnit" source="deadlineUnit" /></>)}
        />
        <DateField source="dueAt" showTime locales={locale} emptyText="—" />
        <RemainingField label="resources.applications.fields.remaining" />
        <EnumField enum="ApplicationOutcome" source="outcome" emptyText="—" />
        <DateField source="closedAt" showTime locales={locale} emptyText="—" />
        <DateField source="handoverDueAt" showTime locales={locale} emptyText="—" />
        <DateField source="handedOverAt" showTime locales={locale} emptyText="—" />
      </SimpleShowLayout>
    </Section>
  );
};

const DocumentsSection = () => (
  <Section title="resources.applications.sections.documents">
    <SimpleShowLayout sx={{ p: 0 }}>
      <DocumentsField source="documents" />
      <DocumentsField source="missingDocuments" />
      <FunctionField<Application>
        source="refusalGrounds"
        render={(r) => (r.refusalGrounds?.length ? r.refusalGrounds.map((g) => <div key={g.id}>{g.ordinal}. <LocalizedTextField record={g} source="text" /></div>) : '—')}
      />
    </SimpleShowLayout>
  </Section>
);

const ComplaintsAndSurvey = () => {
  const [locale] = useLocaleState();
  return (
    <Section title="resources.applications.sections.follow_up" divider={false}>
      <Labeled source="complaints" fullWidth>
        <ReferenceManyField reference="complaints" target="applicationId" sort={{ field: 'registeredAt', order: 'DESC' }} perPage={10} empty={<>—</>}>
          <DataTable<Complaint> rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="registeredAt"><DateField source="registeredAt" showTime locales={locale} /></DataTable.Col>
            <DataTable.Col source="level"><EnumField enum="ComplaintLevelKind" source="level" /></DataTable.Col>
            <DataTable.Col source="subject" disableSort />
            <DataTable.Col source="justified" disableSort><BooleanField source="justified" looseValue={false} emptyText="—" /></DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Labeled>
      <Labeled source="survey" fullWidth>
        <FunctionField<Application>
          render={(r) => (r.survey ? <ReferenceField record={r} source="survey.id" reference="survey-responses" link="show"><DateField source="answeredAt" locales={locale} /></ReferenceField> : '—')}
        />
      </Labeled>
    </Section>
  );
};

export const ApplicationShow = () => (
  <Show actions={<ApplicationActions />}>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, md: 6 }}><ApplicantSection /><ServiceSection /></Grid>
      <Grid size={{ xs: 12, md: 6 }}><DeadlineSection /></Grid>
      <Grid size={12}><DocumentsSection /></Grid>
      <Grid size={12}>
        <Section title="resources.applications.sections.timeline"><ApplicationTimeline /></Section>
      </Grid>
      <Grid size={12}>
        <Section title="resources.applications.sections.receipt"><ReceiptView /></Section>
      </Grid>
      <Grid size={12}><ComplaintsAndSurvey /></Grid>
    </Grid>
  </Show>
);
