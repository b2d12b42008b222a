package io.eddy.connectors.kinesis.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.dataformat.cbor.CBORFactory;

/**
 * Request and response bodies of the Kinesis API as plain trees (maps, lists, strings, numbers, byte
 * arrays), in the encoding the client speaks: CBOR for {@code application/x-amz-cbor-1.1}, JSON
 * otherwise. Uses the streaming parser the SDK itself ships, so a proxy can read and rewrite what
 * passes through it in either protocol.
 */
final class AwsDocuments {

  static final String CBOR = "application/x-amz-cbor-1.1";
  static final String JSON = "application/x-amz-json-1.1";

  private final JsonFactory factory;
  private final String contentType;

  private AwsDocuments(JsonFactory factory, String contentType) {
    this.factory = factory;
    this.contentType = contentType;
  }

  /** The encoding of a body with this content type. */
  static AwsDocuments forContentType(String contentType) {
    return contentType != null && contentType.startsWith(CBOR)
        ? new AwsDocuments(new CBORFactory(), CBOR) : new AwsDocuments(new JsonFactory(), JSON);
  }

  String contentType() {
    return contentType;
  }

  /** The tree of an encoded document. */
  Object read(byte[] body) {
    try (JsonParser parser = factory.createParser(body)) {
      parser.nextToken();
      return read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.put(name, read(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_EMBEDDED_OBJECT -> {
        return parser.getBinaryValue();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getNumberValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalArgumentException("unexpected " + token + " in a Kinesis document");
    }
  }

  /** The encoded form of a tree. */
  byte[] write(Object tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write(generator, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value instanceof Map<?, ?> object) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> field : object.entrySet()) {
        generator.writeFieldName((String) field.getKey());
        write(generator, field.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> array) {
      generator.writeStartArray();
      for (Object element : array) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof byte[] bytes) {
      generator.writeBinary(bytes);
    } else if (value instanceof BigInteger number) {
      generator.writeNumber(number);
    } else if (value instanceof Double || value instanceof Float) {
      generator.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Number number) {
      generator.writeNumber(number.longValue());
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value == null) {
      generator.writeNull();
    } else {
      throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName());
    }
  }
}
