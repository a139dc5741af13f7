import { graphql } from '../../../generated';

export const UpdateHrExportSettingsMutation = graphql(`
  mutation UpdateHrExportSettings($managersMayExport: Boolean!) {
    updateHrExportSettings(managersMayExport: $managersMayExport) {
      managersMayExport
    }
  }
`);
