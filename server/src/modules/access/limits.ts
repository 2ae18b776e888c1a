/**
 * Limits on the shape of a GraphQL request, so that no single request can make the server do
 * unbounded work. Tuned against the console's own queries (ra-data-graphql-simple selects every
 * field of a resource, nested types expanded; see test/attacks/console-queries.test.ts):
 *
 *  tokens      MAX_TOKENS lexical tokens per document (graphql-js parser option; aborts parsing)
 *  depth       MAX_DEPTH levels of nested selections (graphql-armor)
 *  aliases     MAX_ALIASES per operation (graphql-armor; react-admin's list query uses 2)
 *  directives  MAX_DIRECTIVES per operation (graphql-armor)
 *  cost        MAX_COST estimated list items: a list of `perPage` (or `limit`) rows (25 when not given)
 *              multiplies everything below it, a nested list counts NESTED_LIST_SIZE items
 *              (deliberately pessimistic: a standard has a few dozen parts, not 10 per list)
 *  strings     MAX_STRING_LENGTH characters per string value (inline or in variables), and no
 *              NUL character (PostgreSQL cannot store it: it would fail as a database error)
 *
 * Refusals are BAD_USER_INPUT with `extensions.limit` naming the limit, HTTP 400. Field
 * suggestions ("Did you mean …?") are masked in production, where introspection is off.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError, Kind,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type GraphQLType,
  type SelectionSetNode, type ValidationContext, type ValidationRule, type ValueNode, type GraphQLField, type GraphQLFieldMap,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';

export const MAX_TOKENS = 4000;
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
export const MAX_DIRECTIVES = 20;
export const MAX_COST = 300_000;
export const NESTED_LIST_SIZE = 10;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;
export const MAX_STRING_LENGTH = 20_000;

export type LimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost' | 'stringLength' | 'characters';

export function limitError(limit: LimitName, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', limit, http: { status: 400 } } });
}

/** graphql-armor's handler reports to the validation context, with our code and limit name. */
const report = (limit: LimitName) => (ctx: ValidationContext | null, error: GraphQLError) => {
  ctx?.reportError(limitError(limit, error.message.replace(/^Syntax Error: /, '')));
};

export function armor(production: boolean): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, onReject: [report('depth')], propagateOnRejection: false },
    maxAliases: { n: MAX_ALIASES, onReject: [report('aliases')], propagateOnRejection: false },
    maxDirectives: { n: MAX_DIRECTIVES, onReject: [report('directives')], propagateOnRejection: false },
    // Tokens: the parser's own maxTokens (apollo parseOptions), which stops before building the AST.
    maxTokens: { enabled: false },
    // Cost: ours below, which knows this API's page sizes.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production, mask: '' },
  }).protect();
  // graphql-armor is typed against @apollo/server's CommonJS build; the plugin objects are the same.
  return { plugins: plugins as unknown as ApolloServerPlugin<Context>[], validationRules };
}

// ------------------------------------------------------------------ cost

/*
 * Type tests by tag rather than graphql-js's instanceof helpers: the schema may come from another
 * copy of graphql-js (CommonJS for type-graphql and Apollo, ESM under the test runner's transform).
 */
const tag = (type: unknown) => Object.prototype.toString.call(type).slice(8, -1);
const isList = (type: unknown) => tag(type) === 'GraphQLList';
const isNonNull = (type: unknown) => tag(type) === 'GraphQLNonNull';
const nullable = (type: GraphQLType): GraphQLType => (isNonNull(type) ? (type as { ofType: GraphQLType }).ofType : type);
const named = (type: GraphQLType): GraphQLType => (isList(type) || isNonNull(type) ? named((type as { ofType: GraphQLType }).ofType) : type);
const hasFields = (type: unknown): type is { getFields(): GraphQLFieldMap<unknown, unknown> } =>
  tag(type) === 'GraphQLObjectType' || tag(type) === 'GraphQLInterfaceType';
const isComposite = (type: unknown) => hasFields(type) || tag(type) === 'GraphQLUnionType';
/** An object of leaves only (LocalizedText, a time range …): embedded data of its parent, read without any loader. */
const isValueType = (type: unknown) => hasFields(type) && Object.values(type.getFields()).every((f) => !isComposite(named(f.type)));

type Variables = Record<string, unknown> | undefined;

function intArgument(node: ValueNode | undefined, variables: Variables, consulted?: Set<string>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    consulted?.add(node.name.value);
    const value = variables?.[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/** Arguments that say how many items a list returns (perPage of the list grammar; limit/first/last elsewhere). */
const SIZE_ARGUMENTS = ['perPage', 'limit', 'first', 'last'];

function listSize(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], variables: Variables, root: boolean, consulted?: Set<string>): number {
  let type = nullable(field.type);
  if (!isList(type)) return 1;
  let size: number;
  // A sized list: the size asked for (perPage defaults to 25, others to 100); any other list:
  // NESTED_LIST_SIZE items per level (a root list of unknown size NESTED_LIST_SIZE²).
  const sizeArgument = SIZE_ARGUMENTS.find((name) => field.args.some((a) => a.name === name));
  if (sizeArgument) {
    const asked = intArgument(args.find((a) => a.name.value === sizeArgument)?.value, variables, consulted);
    const fallback = sizeArgument === 'perPage' ? DEFAULT_PAGE_SIZE : NESTED_LIST_SIZE * NESTED_LIST_SIZE;
    size = Math.min(Math.max(asked ?? fallback, 1), sizeArgument === 'perPage' ? MAX_PAGE_SIZE : 100_000);
  } else {
    size = root ? NESTED_LIST_SIZE * NESTED_LIST_SIZE : NESTED_LIST_SIZE;
  }
  // Lists of lists multiply again.
  for (type = nullable((type as { ofType: GraphQLType }).ofType); isList(type); type = nullable((type as { ofType: GraphQLType }).ofType)) size *= NESTED_LIST_SIZE;
  return size;
}

/** Estimated number of list items the operation returns (scalars and single objects are free; list items are not). */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables, consulted?: Set<string>): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const rootType = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!rootType) return 0;

  const visit = (set: SelectionSetNode, parent: GraphQLType, root: boolean, seen: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = hasFields(parent) ? parent.getFields()[name] : undefined;
        if (!field) continue;
        const type = named(field.type);
        if (!isComposite(type) || !selection.selectionSet) continue;
        // A list costs its items (each with what it selects), except a list of plain values (embedded
        // data such as [LocalizedText], which cannot nest further); a single object costs only what it
        // selects; a root field 1 at least.
        const children = visit(selection.selectionSet, type, false, seen);
        const embedded = !root && field.args.length === 0 && isValueType(type);
        if (isList(nullable(field.type)) && !embedded) cost += listSize(field, selection.arguments ?? [], variables, root, consulted) * (1 + children);
        else cost += (root ? 1 : 0) + children;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isComposite(condition)) cost += visit(selection.selectionSet, condition, root, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (condition && isComposite(condition)) cost += visit(fragment.selectionSet, condition, root, new Set([...seen, fragment.name.value]));
      }
      if (cost > Number.MAX_SAFE_INTEGER / 1e3) return cost;
    }
    return cost;
  };
  return visit(operation.selectionSet, rootType, true, new Set());
}

// ------------------------------------------------------------------ string lengths

interface StringStats { longest: number; nul: boolean }

function statsOfValue(value: unknown, stats: StringStats, depth = 0): StringStats {
  if (typeof value === 'string') {
    stats.longest = Math.max(stats.longest, value.length);
    if (value.includes('\u0000')) stats.nul = true;
  } else if (depth <= 50 && value !== null && typeof value === 'object') {
    for (const item of Array.isArray(value) ? value : Object.values(value)) statsOfValue(item, stats, depth + 1);
  }
  return stats;
}

function statsOfDocument(document: DocumentNode, stats: StringStats): StringStats {
  // Every string literal of the document (the AST keeps them as StringValue nodes).
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if ((node as { kind?: string }).kind === Kind.STRING) statsOfValue((node as { value: string }).value, stats);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc') continue;
      if (Array.isArray(child)) child.forEach(walk);
      else if (child && typeof child === 'object') walk(child);
    }
  };
  walk(document);
  return stats;
}

/*
 * Apollo keeps one parsed document per query text, so what depends only on the document is worked
 * out once per document: its longest string literal, and its cost for each combination of the
 * variables the cost reads (page sizes; usually none or one). Walking the AST on every request was
 * about a tenth of the server's time on a small query.
 */
const documentStrings = new WeakMap<DocumentNode, StringStats>();
interface CostMemo { variables: string[]; byValues: Map<string, number> }
const costs = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, CostMemo>>();
/** Distinct page-size combinations remembered per operation (a client varying them freely just recomputes). */
const MAX_COSTS_PER_OPERATION = 64;

function stringsOf(document: DocumentNode): StringStats {
  let stats = documentStrings.get(document);
  if (!stats) documentStrings.set(document, stats = statsOfDocument(document, { longest: 0, nul: false }));
  return stats;
}

function costOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): number {
  let bySchema = costs.get(schema);
  if (!bySchema) costs.set(schema, bySchema = new WeakMap());
  const memo = bySchema.get(operation);
  const valuesKey = (names: string[]) => JSON.stringify(names.map((name) => variables?.[name] ?? null));
  if (memo) {
    const key = valuesKey(memo.variables);
    const known = memo.byValues.get(key);
    if (known !== undefined) return known;
    const cost = estimateCost(schema, document, operation, variables);
    if (memo.byValues.size >= MAX_COSTS_PER_OPERATION) memo.byValues.clear();
    memo.byValues.set(key, cost);
    return cost;
  }
  const consulted = new Set<string>();
  const cost = estimateCost(schema, document, operation, variables, consulted);
  const names = [...consulted].sort();
  bySchema.set(operation, { variables: names, byValues: new Map([[valuesKey(names), cost]]) });
  return cost;
}

/** Cost and string-length checks: they need the variables, so they run once the operation is known. */
export function limitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const { longest, nul } = statsOfValue(request.variables, { ...stringsOf(document) });
          if (longest > MAX_STRING_LENGTH) {
            throw limitError('stringLength', `A string of ${longest} characters exceeds the limit of ${MAX_STRING_LENGTH}`);
          }
          if (nul) throw limitError('characters', 'Text must not contain NUL (U+0000) characters');
          if (!operation) return;
          const cost = costOf(schema, document, operation, request.variables);
          if (cost > MAX_COST) {
            throw limitError('cost', `Query cost limit of ${MAX_COST} exceeded, found ${cost} (estimated list items: a list counts perPage rows, ${DEFAULT_PAGE_SIZE} by default; a nested list ${NESTED_LIST_SIZE}); ask for fewer rows or fewer nested lists`);
          }
        },
      };
    },
  };
}
