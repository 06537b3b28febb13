/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * The one JSON mapping of snn4j: snake_case keys, enums by their user-facing names, pretty output.
 * Config files, run folders and {@code --json} output all go through it, so a key means the same
 * everywhere.
 */
public final class Json {

    private static final ObjectMapper MAPPER = create();

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Pretty JSON text of a value, ending with a newline. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectMapper create() {
        SimpleModule cliEnums = new SimpleModule("cli-enums");
        cliEnums.addSerializer(CliEnum.class, new CliEnumSerializer());
        cliEnums.setDeserializerModifier(
                new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyEnumDeserializer(
                            DeserializationConfig config,
                            JavaType type,
                            BeanDescription beanDesc,
                            JsonDeserializer<?> deserializer) {
                        if (CliEnum.class.isAssignableFrom(type.getRawClass())) {
                            return new CliEnumDeserializer(type.getRawClass());
                        }
                        return deserializer;
                    }
                });
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(cliEnums)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict(mapper);
        return mapper;
    }

    /**
     * No silent coercion: an integer setting takes only an integer ({@code 2.7} and {@code "3"} are
     * errors, never 2 or 3), a number only a number, a boolean only true or false.
     */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Why reading or writing JSON failed: {@link #parseProblem} for a parse error, else the OS's reason. */
    public static String problem(java.io.IOException e) {
        return e instanceof JsonProcessingException json ? parseProblem(json) : IoErrors.reason(e);
    }

    /**
     * A parse error in the user's terms: "line 3, column 7: duplicate key 'epochs'", without
     * Jackson's source descriptions or feature names.
     */
    public static String parseProblem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage();
        message = message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*\\(?(at )?\\[Source: [^]]*\\]\\)?", "")
                .replaceAll("Duplicate field '([^']*)'", "duplicate key '$1'")
                .replaceAll("Duplicate field", "duplicate key");
        message = firstLine(message).strip();
        var where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? message
                : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": " + message;
    }

    /**
     * Converts a JSON tree to a typed value; any problem becomes one line naming the source and the
     * key, e.g. {@code exp.yaml: epochs: expected an integer, found "three"}.
     */
    public static <T> T convert(JsonNode node, Class<T> type, String source) {
        String prefix = source == null || source.isEmpty() ? "" : source + ": ";
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof Snn4jException s) {
                    // our own validation (a record's constructor, an enum name): already one line, in keys
                    throw new Snn4jException(prefix + s.getMessage(), s);
                }
            }
            throw translate(e, prefix);
        }
    }

    private static Snn4jException translate(Exception exception, String prefix) {
        try {
            throw exception;
        } catch (ValueInstantiationException e) {
            return new Snn4jException(prefix + firstLine(e.getOriginalMessage()), e);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new Snn4jException(
                    prefix + "unknown key '" + e.getPropertyName() + "' (expected one of " + known + ")", e);
        } catch (InvalidFormatException e) {
            Object value = e.getValue();
            return new Snn4jException(prefix + path(e) + ": expected " + describe(e.getTargetType()) + ", found "
                    + (value instanceof Number || value instanceof Boolean ? value : "'" + value + "'"), e);
        } catch (MismatchedInputException e) {
            return new Snn4jException(
                    prefix + path(e) + ": expected " + describe(e.getTargetType()) + ", found " + found(e), e);
        } catch (JsonProcessingException e) {
            java.util.regex.Matcher range = java.util.regex.Pattern
                    .compile("Numeric value \\((.*?)\\) out of range of (int|long) \\((.*?) - (.*?)\\)")
                    .matcher(String.valueOf(e.getOriginalMessage()));
            if (range.find()) {
                String key = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? pathOf(m) : "";
                return new Snn4jException(prefix + (key.isEmpty() ? "" : key + ": ") + "expected an integer from " + range.group(3)
                        + " to " + range.group(4) + ", found " + range.group(1), e);
            }
            return new Snn4jException(prefix + parseProblem(e), e);
        } catch (Exception e) {
            return new Snn4jException(prefix + firstLine(e.getMessage()), e);
        }
    }

    /** What the mismatched input was, in plain words: "null", "a string", "2.7". */
    private static String found(MismatchedInputException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("`null`") || message.contains("null value")) {
            return "null";
        }
        java.util.regex.Matcher coerced = java.util.regex.Pattern
                .compile("(String|Floating-point|Integer|Boolean) value \\((.*?)\\) (to|into)").matcher(message);
        if (coerced.find()) {
            String value = coerced.group(2);
            return coerced.group(1).equals("String") ? "'" + value.replaceAll("^\"|\"$", "") + "' (a string)" : value;
        }
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("(?:from|value) \\(?([^)]*?)\\)?(?: \\(|;|$)").matcher(message);
        if (e.getProcessor() instanceof JsonParser parser && parser.currentToken() != null) {
            try {
                return switch (parser.currentToken()) {
                    case VALUE_STRING -> "'" + parser.getText() + "' (a string)";
                    case VALUE_NUMBER_FLOAT, VALUE_NUMBER_INT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
                    case START_ARRAY -> "a list";
                    case START_OBJECT -> "a mapping";
                    case VALUE_NULL -> "null";
                    default -> quoted.find() ? quoted.group(1) : "another value";
                };
            } catch (IOException ignored) {
                // fall through
            }
        }
        return quoted.find() ? quoted.group(1) : "another value";
    }

    private static String path(MismatchedInputException e) {
        return pathOf(e);
    }

    private static String pathOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "invalid value";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static final class CliEnumSerializer extends StdSerializer<CliEnum> {
        private static final long serialVersionUID = 1L;

        CliEnumSerializer() {
            super(CliEnum.class);
        }

        @Override
        public void serialize(CliEnum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.cliName());
        }
    }

    private static final class CliEnumDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;

        CliEnumDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            String key = p.currentName() == null ? type.getSimpleName() : p.currentName();
            return CliEnum.parse((Class) type, key, text);
        }
    }

}
