package org.rcpmodel.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.rcpmodel.Document;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;

/**
 * Reads a {@link Document} by handing its text to rcp-json's reader: strict when the mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} is on (Jackson 2's default), lenient (unknown properties
 * skipped) when it is off (Spring Boot's default). Thread-safe.
 */
final class DocumentDeserializer extends StdDeserializer<Document> {

  private static final long serialVersionUID = 1L;

  DocumentDeserializer() {
    super(Document.class);
  }

  @Override
  public Document deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String prefix = pointerOf(p);
    DocumentText copy = DocumentText.copy(p);
    RcpJson reader = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) ? RcpJson.strict()
        : RcpJson.lenient();
    try {
      Document document = read(reader, copy);
      if (copy.failure() == null) {
        return document;
      }
    } catch (RcpJsonException e) {
      // rcp-json reports the first problem in the input; when the parser stopped early, that is the
      // reader's only if it lies before where the parser stopped.
      if (copy.failure() == null || copy.isBeforeEnd(e.getLine(), e.getColumn())) {
        throw RcpJsonMappingException.of(p, e, prefix);
      }
    }
    JsonProcessingException e = copy.failure();
    throw e instanceof StreamConstraintsException
        ? streamFailure(p, Codes.LIMIT, prefix, e, "The input exceeds a reading limit of the mapper: ")
        : streamFailure(p, Codes.MALFORMED, prefix, e, "Malformed JSON: ");
  }

  private static Document read(RcpJson reader, DocumentText copy) {
    return copy.countsBytes() ? reader.read(new ByteArrayInputStream(copy.bytes())).document()
        : reader.read(copy.text()).document();
  }

  /** The pointer of the value the parser is on, within the whole input. */
  private static String pointerOf(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }

  private static RcpJsonMappingException streamFailure(JsonParser p, String code, String prefix,
      JsonProcessingException e, String what) {
    JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
        : p.currentLocation();
    String pointer = p.getParsingContext().pathAsPointer().toString();
    if (!pointer.startsWith(prefix)) {
      pointer = prefix;
    }
    return new RcpJsonMappingException(p, code, pointer, Math.max(0, at.getLineNr()),
        Math.max(0, at.getColumnNr()), what + withoutParserLocation(e.getOriginalMessage()), e);
  }

  /** Jackson appends where an unclosed value started; the line and column already say where. */
  private static String withoutParserLocation(String message) {
    if (message == null) {
      return "the input is not well-formed JSON";
    }
    int marker = message.indexOf(" (start marker at ");
    return marker < 0 ? message : message.substring(0, marker);
  }
}
