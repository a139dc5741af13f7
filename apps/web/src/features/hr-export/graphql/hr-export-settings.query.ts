import { graphql } from '../../../generated';

export const HrExportSettingsQuery = graphql(`
  query HrExportSettings {
    hrExportSettings {
      managersMayExport
    }
  }
`);
