/** 6. Grounds for refusal and 7. the complaint route. */
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { AgencyReferenceField } from '../../agencies/AgencyReferenceField';
import { LegalActReferenceField } from '../../legal-acts/LegalActReferenceField';
import { Clause, EnumText, Localized, Nothing, SourceNote, StandardSection } from './blocks';
import { DeadlineAmount } from './DeadlinesSection';

export const RefusalGroundsSection = ({ record, number }: { record: ServiceStandard; number: number }) => (
  <StandardSection id="refusalGrounds" number={number} count={record.refusalGrounds.length}>
    {record.refusalGrounds.length ? (
      <ol style={{ marginTop: 0 }}>
        {record.refusalGrounds.map((ground) => (
          <Box component="li" key={ground.id} sx={{ mb: 0.5 }}>
            <Localized value={ground.text} />
            <Clause clause={ground.clause} />
            <SourceNote note={ground.note} />
          </Box>
        ))}
      </ol>
    ) : <Nothing />}
  </StandardSection>
);

export const ComplaintRouteSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.service-standards.fields.complaintRoute.${key}`);
  return (
    <StandardSection id="complaintRoute" number={number}>
      {record.complaintRoute.length ? (
        <ol style={{ marginTop: 0 }}>
          {record.complaintRoute.map((level) => (
            <Box component="li" key={level.id} sx={{ mb: 1.5 }}>
              <strong><EnumText name="ComplaintLevelKind" value={level.level} /></strong>
              {level.agencyId && <>{' — '}<AgencyReferenceField record={level} source="agencyId" /></>}
              <Clause clause={level.clause} />
              <Typography variant="body2"><Localized value={level.description} /></Typography>
              {level.address && (
                <Typography variant="body2" color="text.secondary">
                  <Localized value={level.address} />{level.room && <>, {level.room}</>}
                </Typography>
              )}
              {level.phones.length > 0 && (
                <Typography variant="body2" color="text.secondary">{t('phones')}: {level.phones.join(', ')}</Typography>
              )}
              {level.hasReviewDeadline && (
                <Typography variant="body2">
                  {t('review')}:{' '}
                  {level.reviewValue != null
                    ? <DeadlineAmount deadline={{ value: level.reviewValue, unit: level.reviewUnit, comparator: null }} />
                    : null}
                  {level.reviewCountsFrom && <> ({<Localized value={level.reviewCountsFrom} />})</>}
                  {level.reviewLegalBasisId && (
                    <> {t('by_law')} <LegalActReferenceField record={level} source="reviewLegalBasisId" /></>
                  )}
                </Typography>
              )}
              <SourceNote note={level.note} />
            </Box>
          ))}
        </ol>
      ) : <Nothing />}
    </StandardSection>
  );
};
