package io.eddy.connectors.debezium;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.eddy.connectors.format.FormatException;
import io.eddy.connectors.format.ParseErrorPolicy;
import io.eddy.connectors.format.RecordDecoder;
import io.eddy.runtime.data.Row;
import io.eddy.runtime.data.RowKind;
import java.io.IOException;
import java.util.Arrays;

/**
 * Decodes Debezium change events in JSON ({@code {"before": {...}, "after": {...}, "op": "u"}},
 * optionally wrapped in {@code {"schema": ..., "payload": ...}}) into changes: {@code c} and
 * {@code r} (snapshot read) become {@code +I[after]}, {@code u} becomes {@code -U[before]} and
 * {@code +U[after]}, {@code d} becomes {@code -D[before]}. The row images are read by the JSON
 * format's decoder straight from their bytes in the message. Not thread-safe: one per reader.
 */
final class DebeziumJsonDecoder implements RecordDecoder {

  private final JsonFactory factory;
  private final RecordDecoder image;
  private final boolean schemaInclude;
  private final ParseErrorPolicy errors;
  private final Envelope envelope = new Envelope();
  private Row spare;

  DebeziumJsonDecoder(JsonFactory factory, RecordDecoder image, boolean schemaInclude, boolean ignoreErrors) {
    this.factory = factory;
    this.image = image;
    this.schemaInclude = schemaInclude;
    this.errors = new ParseErrorPolicy(ignoreErrors);
  }

  /**
   * One row per message, for connectors that do not read changelogs: the latest image with its
   * kind ({@code +U[after]} for an update).
   */
  @Override
  public boolean decode(byte[] bytes, int offset, int length, Row row) {
    byte[] whole = offset == 0 && length == bytes.length ? bytes : Arrays.copyOfRange(bytes, offset, offset + length);
    if (spare == null || spare.arity() != row.arity()) {
      spare = new Row(row.schema());
    }
    Row after = spare;
    int count = decodeChanges(whole, row, after);
    if (count == 2) {
      for (int i = 0; i < row.arity(); i++) {
        row.setFieldFrom(i, after, i);
      }
      row.setKind(RowKind.UPDATE_AFTER);
    }
    return count > 0;
  }

  @Override
  public int decodeChanges(byte[] bytes, Row first, Row second) {
    try {
      readEnvelope(bytes);
      return switch (envelope.op) {
        case "c", "r" -> {
          readImage(bytes, envelope.afterStart, envelope.afterEnd, "after", first, RowKind.INSERT);
          yield 1;
        }
        case "u" -> {
          if (envelope.beforeStart < 0) {
            throw new FormatException("the \"before\" field of an update (op 'u') is null; with Debezium's "
                + "Postgres connector set the table's REPLICA IDENTITY to FULL");
          }
          readImage(bytes, envelope.beforeStart, envelope.beforeEnd, "before", first, RowKind.UPDATE_BEFORE);
          readImage(bytes, envelope.afterStart, envelope.afterEnd, "after", second, RowKind.UPDATE_AFTER);
          yield 2;
        }
        case "d" -> {
          readImage(bytes, envelope.beforeStart, envelope.beforeEnd, "before", first, RowKind.DELETE);
          yield 1;
        }
        default -> throw new FormatException("unknown Debezium operation '" + envelope.op
            + "', expected 'c', 'r', 'u' or 'd'");
      };
    } catch (FormatException e) {
      errors.onMalformedRecord(e);
      return 0;
    }
  }

  private void readImage(byte[] bytes, int start, int end, String field, Row row, RowKind kind) {
    if (start < 0) {
      throw new FormatException("the \"" + field + "\" field of operation '" + envelope.op + "' is null or missing");
    }
    try {
      image.decode(bytes, start, end - start, row);
    } catch (FormatException e) {
      throw new FormatException("in \"" + field + "\": " + e.getMessage());
    }
    row.setKind(kind);
  }

  private void readEnvelope(byte[] bytes) {
    envelope.clear();
    try (JsonParser parser = factory.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new FormatException("expected a Debezium JSON object");
      }
      if (schemaInclude) {
        if (!findPayload(parser)) {
          throw new FormatException("no \"payload\" object, expected one with 'debezium-json.schema-include'"
              + " = 'true'");
        }
      }
      boolean payloadSeen = readFields(parser);
      if (envelope.op == null) {
        throw new FormatException(payloadSeen && !schemaInclude
            ? "no \"op\" field but a \"payload\": the messages include their schema. Hint: set "
                + "'debezium-json.schema-include' = 'true'"
            : "no \"op\" field, expected a Debezium change event");
      }
    } catch (JsonProcessingException e) {
      throw new FormatException("malformed JSON at column " + e.getLocation().getColumnNr() + ": "
          + e.getOriginalMessage().replace('\n', ' '));
    } catch (IOException e) {
      throw new FormatException("unreadable JSON: " + e.getMessage());
    }
  }

  /** Moves the parser into the top-level {@code payload} object; false when there is none. */
  private static boolean findPayload(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("payload") && value == JsonToken.START_OBJECT) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  /** Reads the fields of the current object; returns whether a {@code payload} field was among them. */
  private boolean readFields(JsonParser parser) throws IOException {
    boolean payload = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "before", "after" -> {
          int start = -1;
          int end = -1;
          if (value == JsonToken.START_OBJECT) {
            start = (int) parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            end = (int) parser.currentLocation().getByteOffset();
          } else if (value != JsonToken.VALUE_NULL) {
            throw new FormatException("the \"" + name + "\" field is " + value + ", expected an object or null");
          }
          envelope.set(name, start, end);
        }
        case "op" -> {
          if (value != JsonToken.VALUE_STRING) {
            throw new FormatException("the \"op\" field is " + value + ", expected a string");
          }
          envelope.op = parser.getText();
        }
        default -> {
          payload |= name.equals("payload");
          parser.skipChildren();
        }
      }
    }
    return payload;
  }

  @Override
  public long skippedRecords() {
    return errors.skippedRecords();
  }

  /** Where the row images of the current message are, and its operation. */
  private static final class Envelope {
    int beforeStart;
    int beforeEnd;
    int afterStart;
    int afterEnd;
    String op;

    void clear() {
      beforeStart = -1;
      afterStart = -1;
      op = null;
    }

    void set(String field, int start, int end) {
      if (field.equals("before")) {
        beforeStart = start;
        beforeEnd = end;
      } else {
        afterStart = start;
        afterEnd = end;
      }
    }
  }
}
