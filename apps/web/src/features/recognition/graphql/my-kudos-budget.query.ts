import { graphql } from '../../../generated';

export const MyKudosBudgetQuery = graphql(`
  query MyKudosBudget {
    myKudosBudget {
      budget
      used
      remaining
    }
  }
`);
