import { Decimal } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Exact amounts and shares as decimal strings ("-9985.56", "66.01420"); never a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "-9985.56". Never a float.',
  serialize(value) {
    if (typeof value === 'string' && DECIMAL_PATTERN.test(value)) return value;
    if (value instanceof Decimal) return value.toFixed();
    throw new GraphQLError('Decimal cannot represent a non-decimal value');
  },
  parseValue(value) {
    if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value)) {
      throw new GraphQLError('Decimal must be a string such as "1234.50"', { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' } });
    }
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !DECIMAL_PATTERN.test(ast.value)) {
      throw new GraphQLError('Decimal must be a string such as "1234.50"', { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' } });
    }
    return ast.value;
  },
});
