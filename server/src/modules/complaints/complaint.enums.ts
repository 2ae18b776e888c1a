import { registerEnumType } from 'type-graphql';
import { REVIEW_RULE_SOURCES } from './complaint.entity.js';

export const ReviewRuleSourceEnum = Object.fromEntries(REVIEW_RULE_SOURCES.map((v) => [v, v])) as { [K in (typeof REVIEW_RULE_SOURCES)[number]]: K };
registerEnumType(ReviewRuleSourceEnum, {
  name: 'ReviewRuleSource',
  description: 'standard: the complaint route gives the period; referencedLaw: the route refers to a law, whose general term applies; statute: no standard concerned, the Law "On state services" applies; none: no review deadline',
  valuesConfig: {
    standard: { description: 'The standard\'s complaint route gives the review period' },
    referencedLaw: { description: 'The route refers to a law (the 2007 law on applications: 15 calendar days)' },
    statute: { description: 'No standard concerned: the Law "On state services", art. 25 (5 working days; 15 for the quality-control body)' },
    none: { description: 'No review deadline applies (court, a route without one)' },
  },
});
