import { graphql } from '../../../generated';

/** The pre-publish content check, run while an author edits (debounced). */
export const GuidelineCheckContentQuery = graphql(`
  query GuidelineCheckContent($text: String!) {
    checkContent(text: $text) {
      kind
      start
      end
      match
      message
    }
  }
`);
