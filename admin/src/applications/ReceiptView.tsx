/**
 * The receipt of the application in context (acceptance, or refusal to accept naming the missing
 * documents, Res. 586 appendix 2), laid out to be printed: the Print button prints the page, and
 * while printing only the receipt shows (the print styles below hide everything else).
 */
import PrintIcon from '@mui/icons-material/Print';
import { Box, GlobalStyles, Stack, Typography } from '@mui/material';
import { Button, RecordContextProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { AgencyReferenceField } from '../agencies/AgencyReferenceField';
import type { Application, Receipt, ReceiptDocument } from '../generated/graphql';
import { enumLabelKey } from '../i18n/enums';
import { localized } from '../i18n/localized';
import { SubServiceName } from './SubServiceName';

const PRINT_AREA = 'qyzmet-receipt';

const printOnlyTheReceipt = {
  '@media print': {
    'body *': { visibility: 'hidden' },
    [`.${PRINT_AREA}, .${PRINT_AREA} *`]: { visibility: 'visible' },
    [`.${PRINT_AREA}`]: { position: 'absolute', left: 0, top: 0, width: '100%', padding: '1.5cm', boxSizing: 'border-box' },
    '.qyzmet-no-print': { display: 'none !important' },
  },
};

const formatInstant = (value: string, locale: string) =>
  new Date(value).toLocaleString(locale === 'en' ? 'en-GB' : 'ru', { timeZone: 'Asia/Almaty' });

const DocumentList = ({ title, documents, locale }: { title: string; documents: readonly ReceiptDocument[]; locale: string }) =>
  documents.length ? (
    <Box sx={{ mt: 1 }}>
      <Typography variant="subtitle2">{title}</Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {documents.map((d) => <li key={d.ordinal} value={d.ordinal}>{localized(d.title, locale)}</li>)}
      </Box>
    </Box>
  ) : null;

export const PrintReceiptButton = () => (
  <Button label="resources.applications.receipt.print" onClick={() => window.print()} className="qyzmet-no-print" data-testid="print-receipt">
    <PrintIcon />
  </Button>
);

export const ReceiptView = (_props: { label?: string }) => {
  const record = useRecordContext<Application>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const receipt: Receipt | null | undefined = record?.receipt;
  if (!record || !receipt) return <Typography variant="body2">{translate('resources.applications.receipt.none')}</Typography>;
  const line = (key: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? null : (
      <Typography variant="body2"><strong>{translate(`resources.applications.receipt.${key}`)}:</strong> {value}</Typography>
    );
  return (
    <Box>
      <GlobalStyles styles={printOnlyTheReceipt} />
      <Box className={PRINT_AREA} data-testid="application-receipt" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, maxWidth: 720, bgcolor: 'background.paper' }}>
        <Typography variant="h6" gutterBottom>{translate(enumLabelKey('ReceiptKind', receipt.kind), { _: receipt.kind })}</Typography>
        <Stack spacing={0.5}>
          <Typography variant="body2" component="div">
            <strong>{translate('resources.applications.receipt.agency')}:</strong>{' '}
            <RecordContextProvider value={receipt}><AgencyReferenceField source="agencyId" link={false} /></RecordContextProvider>
          </Typography>
          {line('number', receipt.number)}
          {line('issuedAt', formatInstant(receipt.issuedAt, locale))}
          {line('applicant', [record.applicantName, record.applicantIdentifier].filter(Boolean).join(', '))}
          {line('standard', `${record.standardCode} v${record.standardVersion}`)}
          <Typography variant="body2"><strong>{translate('resources.applications.receipt.subService')}:</strong> <SubServiceName /></Typography>
          {line('channel', translate(enumLabelKey('Channel', record.channel)))}
          {line('dueAt', receipt.dueAt ? formatInstant(receipt.dueAt, locale) : null)}
          {line('issuedBy', receipt.issuedBy)}
        </Stack>
        <DocumentList title={translate('resources.applications.receipt.documentsReceived')} documents={receipt.documentsReceived} locale={locale} />
        <DocumentList title={translate('resources.applications.receipt.missingDocuments')} documents={receipt.missingDocuments} locale={locale} />
      </Box>
      <Box sx={{ mt: 1 }}>
        <PrintReceiptButton />
      </Box>
    </Box>
  );
};
