import { useIntl } from 'react-intl';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { ButtonAnchor } from '../../../ui/Button';
import styles from './ManagerForms.module.css';

export const AssemblyDocuments_assembly = graphql(`
  fragment AssemblyDocuments_assembly on GeneralAssembly {
    minutesDocument {
      id
      fileName
      downloadUrl
    }
    attendanceSheetDocument {
      id
      fileName
      downloadUrl
    }
  }
`);

export type AssemblyDocumentsProps = { assembly: FragmentType<typeof AssemblyDocuments_assembly> };

/**
 * The published procès-verbal and feuille de présence, filed in "Assemblées Générales": the same
 * download links as the documents page, authorised like the documents (null where not visible).
 */
export function AssemblyDocuments({ assembly: masked }: AssemblyDocumentsProps) {
  const intl = useIntl();
  const { minutesDocument, attendanceSheetDocument } = useFragment(AssemblyDocuments_assembly, masked);
  if (!minutesDocument && !attendanceSheetDocument) return null;
  return (
    <div className={styles.actions}>
      {minutesDocument && (
        <ButtonAnchor variant="secondary" icon="download" href={minutesDocument.downloadUrl}>
          {intl.formatMessage({ id: 'assemblies.report.minutesPdf' })}
        </ButtonAnchor>
      )}
      {attendanceSheetDocument && (
        <ButtonAnchor variant="secondary" icon="download" href={attendanceSheetDocument.downloadUrl}>
          {intl.formatMessage({ id: 'assemblies.report.sheetPdf' })}
        </ButtonAnchor>
      )}
    </div>
  );
}
