package io.ghlsync.mapping;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The escape hatch: a JSONata expression (https://jsonata.org, the com.dashjoin implementation
 * that camel-jsonata uses), parsed once when the template loads.
 *
 * <p>Expressions get no variable bindings from us: dashjoin jsonata-java 0.9.9 keeps evaluator
 * state in a thread-local that leaks bindings between instances (dashjoin/jsonata-java#93), so
 * the only input is the value itself, which keeps a parsed expression safe to share across threads
 * (their ThreadTest; our {@code JsonataRulesTest} runs two expressions on several threads).
 */
final class JsonataExpression {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final Jsonata expression;

    private JsonataExpression(String source, Jsonata expression) {
        this.source = source;
        this.expression = expression;
    }

    /** @throws IllegalArgumentException with JSONata's own explanation when the expression does not parse */
    static JsonataExpression compile(String source) {
        try {
            return new JsonataExpression(source, Jsonata.jsonata(source));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("JSONata expression does not parse: " + e.getMessage());
        }
    }

    /** Converts a record (or value) once to the plain Java objects JSONata evaluates. */
    static Object input(JsonNode value) {
        return JSON.convertValue(value, Object.class);
    }

    JsonNode evaluate(Object input) throws ValueProblem {
        Object result;
        try {
            result = expression.evaluate(input);
        } catch (RuntimeException e) {
            throw new ValueProblem("JSONata expression " + source + " failed: " + e.getMessage());
        }
        if (result == null) {
            return MissingNode.getInstance();
        }
        if (result == Jsonata.NULL_VALUE) {
            return NullNode.getInstance();
        }
        return JSON.valueToTree(result);
    }
}
