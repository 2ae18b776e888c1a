/** 3. Fee. */
import { useTranslate } from 'react-admin';
import type { ServiceStandard } from '../../generated/graphql';
import { LegalActReferenceField } from '../../legal-acts/LegalActReferenceField';
import { EnumText, Localized, StandardSection, Term } from './blocks';

export const FeeSection = ({ record, number }: { record: ServiceStandard; number: number }) => {
  const translate = useTranslate();
  return (
    <StandardSection id="fee" number={number}>
      <Term label="resources.service-standards.fields.feeKind">
        <EnumText name="FeeKind" value={record.feeKind} />
        {record.feeAmountMci != null && <>, {translate('resources.service-standards.fee_amount', { amount: record.feeAmountMci })}</>}
      </Term>
      {record.feeDescription && (
        <Term label="resources.service-standards.fields.feeDescription">
          <Localized value={record.feeDescription} />
        </Term>
      )}
      <Term label="resources.service-standards.fields.feeLegalBasisId">
        {record.feeLegalBasisId ? <LegalActReferenceField record={record} source="feeLegalBasisId" /> : '—'}
      </Term>
    </StandardSection>
  );
};
