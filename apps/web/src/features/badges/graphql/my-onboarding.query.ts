import { graphql } from '../../../generated';

export const MyOnboardingQuery = graphql(`
  query MyOnboarding {
    myOnboarding {
      steps {
        key
        title
        hint
        done
      }
      doneCount
      total
      complete
      badgeEarned
    }
  }
`);
