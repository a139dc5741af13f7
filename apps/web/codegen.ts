import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the API's committed SDL. Paths are relative to apps/web
 * (the `codegen` script runs there). `outputDir` lets the drift test generate elsewhere.
 */
export function createCodegenConfig(outputDir = 'src/generated/'): CodegenConfig {
  return {
    overwrite: true,
    schema: '../api/schema.graphql',
    documents: ['src/**/*.{ts,tsx}', '!src/generated/**', '!src/**/*.spec.{ts,tsx}'],
    ignoreNoDocuments: false,
    generates: {
      [outputDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          avoidOptionals: { field: true, inputValue: false },
          defaultScalarType: 'unknown',
          nonOptionalTypename: false,
          skipTypename: false,
        },
      },
    },
  };
}

const config: CodegenConfig = createCodegenConfig();

export default config;
