/** 1. General provisions: the service, its validity and approval, the provider, recipients, result and legal basis. */
import { Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useTranslate } from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { AgencyReferenceField } from '../../agencies/AgencyReferenceField';
import { LegalActReferenceField } from '../../legal-acts/LegalActReferenceField';
import { LocalDateField } from '../../common/LocalDateField';
import { LocalizedTextField } from '../../common/LocalizedTextField';
import { StandardStatusField } from '../StandardStatusField';
import { Clause, EnumChips, EnumText, Localized, SourceNote, StandardSection, Term } from './blocks';

const Validity = ({ record }: { record: ServiceStandard }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
      <StandardStatusField record={record} />
      <span>
        <LocalDateField record={record} source="validFrom" emptyText="…" />
        {' – '}
        <LocalDateField record={record} source="validTo" emptyText={translate('resources.service-standards.open_ended')} />
      </span>
      {record.validFromEstimated && (
        <Typography component="span" variant="caption" color="text.secondary">
          ({translate('resources.service-standards.fields.validFromEstimated').toLowerCase()})
        </Typography>
      )}
    </Stack>
  );
};

export const GeneralSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  return (
    <StandardSection id="general" number={number}>
      <Term label="resources.service-standards.fields.name">
        <LocalizedTextField record={record} source="name" all />
      </Term>
      <Term label="resources.service-standards.fields.code">
        {record.code}, {translate('resources.service-standards.version_n', { n: record.versionNumber })}
        {record.basedOn?.id && (
          <>
            {' · '}
            <Link component={RouterLink} to={createPath({ resource: 'service-standards', id: record.basedOn.id, type: 'show' })}>
              {translate('resources.service-standards.based_on')}
            </Link>
          </>
        )}
      </Term>
      <Term label="resources.service-standards.fields.validity">
        <Validity record={record} />
      </Term>
      <Term label="resources.service-standards.fields.approvedById">
        {record.approvedById ? <LegalActReferenceField record={record} source="approvedById" /> : '—'}
        <Clause clause={record.approvedClause} />
      </Term>
      {record.status === 'repealed' && (
        <Term label="resources.service-standards.fields.repealedBy">
          {record.repealedBy?.id ? <LegalActReferenceField record={{ id: record.id, actId: record.repealedBy.id }} source="actId" /> : '—'}
          {record.repealedOn && <>, <LocalDateField record={record} source="repealedOn" /></>}
        </Term>
      )}
      <Term label="resources.service-standards.fields.providerId">
        <AgencyReferenceField record={record} source="providerId" />
      </Term>
      <Term label="resources.service-standards.fields.developerId">
        {record.developerId ? <AgencyReferenceField record={record} source="developerId" /> : '—'}
      </Term>
      {record.otherAgencies.length > 0 && (
        <Term label="resources.service-standards.parts.otherAgencies">
          {record.otherAgencies.map((role) => (
            <div key={role.id}>
              <AgencyReferenceField record={role} source="agencyId" />
              <Typography component="span" variant="body2" color="text.secondary">{' — '}{role.role}</Typography>
              <SourceNote note={role.note} />
            </div>
          ))}
        </Term>
      )}
      <Term label="resources.service-standards.fields.recipients">
        <EnumChips name="RecipientKind" values={record.recipients} />
      </Term>
      <Term label="resources.service-standards.fields.media">
        <EnumChips name="Medium" values={record.media} />
        {record.automation && <> · <EnumText name="Automation" value={record.automation} /></>}
      </Term>
      <Term label="resources.service-standards.fields.result.description">
        <Localized value={record.result?.description} />
        <Clause clause={record.result?.clause} />
        {' '}<EnumChips name="Medium" values={record.result?.media} />
        <SourceNote note={record.result?.note} />
      </Term>
      <Term label="resources.service-standards.parts.legalBasis">
        {record.legalBasis.length ? (
          <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {record.legalBasis.map((basis) => (
              <li key={basis.id}>
                <LegalActReferenceField record={basis} source="actId" />
                {basis.article && <>, {basis.article}</>}
                <Clause clause={basis.clause} />
                <SourceNote note={basis.note} />
              </li>
            ))}
          </ol>
        ) : '—'}
      </Term>
      {record.workPrinciples.length > 0 && (
        <Term label="resources.service-standards.fields.workPrinciples">
          <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {record.workPrinciples.map((principle, index) => <li key={index}><Localized value={principle} /></li>)}
          </ol>
        </Term>
      )}
    </StandardSection>
  );
};
