/**
 * The standard's form in tabs, shared by create and edit: general, channels and contacts,
 * sub-services and deadlines, documents, refusal grounds, complaint route, qualification
 * requirements, forms, indicators, amendments and notes. Ordered lists have up/down buttons.
 * Only the open tab is mounted, and long lists show their rows collapsed (edit/inputs.tsx).
 *
 * `resetOptions` (StandardEdit's): while its keepDirtyValues is on, a record read again (after a
 * CONFLICT) brings the other user's changes where this user changed nothing and keeps this user's
 * edits. It is a mutable object on purpose: react-admin resets the form whenever the options object
 * changes, which would drop the edits it is meant to keep.
 */
import { TabbedForm, TabbedFormTabs } from 'react-admin';
import { fromFormValues, toFormValues } from '../standardFormValues';
import { GeneralTab } from './GeneralTab';
import { ChannelsTab } from './ChannelsTab';
import { SubServicesTab } from './SubServicesTab';
import { DocumentsTab } from './DocumentsTab';
import { ComplaintRouteTab, RefusalGroundsTab } from './RecourseTabs';
import { FormsTab, IndicatorsTab, QualificationTab } from './AnnexTabs';
import { AmendmentsTab } from './AmendmentsTab';
import { LazyTab } from './inputs';

export { fromFormValues };

const tab = (id: string) => `resources.service-standards.tabs.${id}`;

export const StandardForm = ({ creating = false, resetOptions }: { creating?: boolean; resetOptions?: { keepDirtyValues: boolean } }) => (
  <TabbedForm
    defaultValues={toFormValues}
    resetOptions={resetOptions}
    tabs={<TabbedFormTabs variant="scrollable" scrollButtons="auto" />}
    warnWhenUnsavedChanges
  >
    <TabbedForm.Tab label={tab('general')}>
      <LazyTab path=""><GeneralTab creating={creating} /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('channels')} path="channels">
      <LazyTab path="channels"><ChannelsTab /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('subServices')} path="sub-services">
      <LazyTab path="sub-services"><SubServicesTab /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('documents')} path="documents">
      <LazyTab path="documents"><DocumentsTab /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('refusalGrounds')} path="refusal-grounds">
      <LazyTab path="refusal-grounds"><RefusalGroundsTab /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('complaintRoute')} path="complaint-route">
      <LazyTab path="complaint-route"><ComplaintRouteTab /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('qualificationRequirements')} path="qualification">
      <LazyTab path="qualification"><QualificationTab /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('forms')} path="forms">
      <LazyTab path="forms"><FormsTab /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('qualityIndicators')} path="indicators">
      <LazyTab path="indicators"><IndicatorsTab /></LazyTab>
    </TabbedForm.Tab>
    <TabbedForm.Tab label={tab('amendments')} path="amendments">
      <LazyTab path="amendments"><AmendmentsTab /></LazyTab>
    </TabbedForm.Tab>
  </TabbedForm>
);
