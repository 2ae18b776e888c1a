/** Tab "Channels and contacts": channels, contact points and opening hours. */
import {
  BooleanInput, CheckboxGroupInput, SelectInput, TextInput, email, maxLength, required,
} from 'react-admin';
import { AgencyReferenceInput } from '../../agencies/AgencyReferenceInput';
import { LocalizedInput } from '../../common/LocalizedInput';
import { Section } from '../../common/Section';
import { validateTime } from '../../common/validation';
import { enumChoices } from '../../i18n/enums';
import { PartInput, ProvenanceInputs, Row, StringListInput } from './inputs';

const section = (id: string) => `resources.service-standards.parts.${id}`;

export const ChannelsTab = () => (
  <>
    <Section title={section('channelDetails')}>
      <PartInput source="channelDetails" label={false} collapse="channelDetails">
        <Row>
          <SelectInput source="channel" choices={enumChoices('Channel')} validate={required()} helperText={false} />
          <AgencyReferenceInput source="agencyId" />
        </Row>
        <LocalizedInput source="description" multiline />
        <ProvenanceInputs />
      </PartInput>
    </Section>
    <Section title={section('schedules')}>
      <PartInput source="schedules" label={false} collapse="schedules">
        <Row>
          <AgencyReferenceInput source="agencyId" validate={required()} />
          <SelectInput source="purpose" choices={enumChoices('ContactPurpose')} validate={required()} helperText={false} />
        </Row>
        <Row>
          <BooleanInput source="aroundTheClock" helperText={false} />
          <BooleanInput source="exceptHolidays" helperText={false} />
          <BooleanInput source="noAppointment" helperText={false} />
          <BooleanInput source="noExpeditedService" helperText={false} />
          <BooleanInput source="electronicQueue" helperText={false} />
          <BooleanInput source="bookingViaPortal" helperText={false} />
        </Row>
        <PartInput source="periods" label="resources.service-standards.parts.periods" ordered={false}>
          <CheckboxGroupInput source="days" choices={enumChoices('Weekday')} validate={required()} helperText={false} />
          <Row>
            <TextInput source="opens" validate={validateTime} helperText={false} />
            <TextInput source="closes" validate={validateTime} helperText={false} />
          </Row>
          <PartInput source="breaks" label="resources.service-standards.parts.breaks" inline ordered={false}>
            <TextInput source="from" validate={validateTime} helperText={false} />
            <TextInput source="to" validate={validateTime} helperText={false} />
          </PartInput>
        </PartInput>
        <LocalizedInput source="description" multiline />
        <ProvenanceInputs />
      </PartInput>
    </Section>
    <Section title={section('contactPoints')} divider={false}>
      <PartInput source="contactPoints" label={false} collapse="contactPoints">
        <Row>
          <AgencyReferenceInput source="agencyId" validate={required()} />
          <SelectInput source="purpose" choices={enumChoices('ContactPurpose')} validate={required()} helperText={false} />
        </Row>
        <LocalizedInput source="address" multiline />
        <Row>
          <TextInput source="room" validate={maxLength(200)} helperText={false} />
          <TextInput source="email" validate={[email(), maxLength(200)]} helperText={false} />
          <TextInput source="website" validate={maxLength(300)} helperText={false} />
        </Row>
        <Row>
          <StringListInput source="phones" max={100} />
          <StringListInput source="fax" max={100} />
        </Row>
        <ProvenanceInputs />
      </PartInput>
    </Section>
  </>
);
