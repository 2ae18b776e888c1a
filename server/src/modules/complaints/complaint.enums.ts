import { graphqlEnum } from '../../common/graphql-enum.js';
import { REVIEW_RULE_SOURCES } from './complaint.entity.js';

export const ReviewRuleSourceEnum = graphqlEnum(REVIEW_RULE_SOURCES, 'ReviewRuleSource',
  'standard: the complaint route gives the period; referencedLaw: the route refers to a law, whose general term applies; statute: no standard concerned, the Law "On state services" applies; none: no review deadline', {
    standard: 'The standard\'s complaint route gives the review period',
    referencedLaw: 'The route refers to a law (the 2007 law on applications: 15 calendar days)',
    statute: 'No standard concerned: the Law "On state services", art. 25 (5 working days; 15 for the quality-control body)',
    none: 'No review deadline applies (court, a route without one)',
  });
