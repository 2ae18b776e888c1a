/** A link to an application, shown as applicant — standard; reads only those fields. */
import { ReferenceField, type ReferenceFieldProps } from 'react-admin';

const META = { sparseFields: ['id', 'applicantName', 'standardCode'] };

export const ApplicationReferenceField = (props: Omit<ReferenceFieldProps, 'reference' | 'children'>) => (
  <ReferenceField link="show" emptyText="—" queryOptions={{ meta: META }} {...props} reference="applications" />
);
