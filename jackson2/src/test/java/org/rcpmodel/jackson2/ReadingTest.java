package org.rcpmodel.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rcpmodel.jackson2.Fixtures.VALID;
import static org.rcpmodel.jackson2.Fixtures.replace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.ImmutableDocument;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;

/**
 * A Jackson 2 mapper with the module reads what rcp-json reads, and fails on what it rejects with
 * the same code, JSON Pointer, line and column, from text and from bytes.
 */
class ReadingTest {

  private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
  private final RcpJson rcp = RcpJson.strict();

  /** One input per kind of bad document; each breaks one line of {@link Fixtures#VALID}. */
  static Stream<String> badDocuments() {
    return Stream.of(
        // Malformed, found by the mapper's own parser while the document is copied.
        replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\" \"oops\","),
        replace(VALID, "\"established\": \"2013\"", "\"established\": tru"),
        VALID.substring(0, VALID.indexOf("\"chairs\"")),
        // Found by rcp-json's reader in the copied text.
        replace(VALID, "{\"termMonths\": 24}", "{\"termMonths\": \"24\"}"),
        replace(VALID, "\"established\": \"2013\"", "\"established\": null"),
        replace(VALID, "\"name\": \"Almaty Process\",\n", ""),
        replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\", \"colour\": \"blue\","),
        replace(VALID, "\"established\": \"2013\"", "\"established\": \"2013-13\""),
        replace(VALID, "\"2013-06/2016\"", "\"2013-06/2016-02-30\""),
        replace(VALID, "\"kind\": \"RCP\"", "\"kind\": \"rcp\""),
        replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\", \"id\": \"other\","),
        replace(VALID, "\"title\": \"Région — Алматы\"", "\"title\": \"Région — Алматы\", \"schemaVersion\": 2"),
        // After non-ASCII text on the same line: columns count characters in text, bytes in bytes.
        replace(VALID, "\"title\": \"Région — Алматы\"", "\"title\": \"Région — Алматы\", \"asOf\": \"2025-02-30\""),
        replace(VALID, "\"title\": \"Région — Алматы\"", "\"title\": \"Ré\\u0067ion\\t—\", \"asOf\": 7"),
        // Deeper than rcp-json's nesting limit, inside an unknown property.
        replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\", \"deep\": " + "[".repeat(70) + "]".repeat(70) + ","),
        "{\"processes\": {}}",
        "[1, 2]");
  }

  private static void assertSameError(RcpJsonMappingException mapped, RcpJsonException expected) {
    assertThat(mapped).as("expected an RcpJsonMappingException").isNotNull();
    assertThat(mapped.getCode()).as(mapped.getMessage()).isEqualTo(expected.getCode());
    assertThat(mapped.getPointer()).as(mapped.getMessage()).isEqualTo(expected.getPointer());
    assertThat(mapped.getLine()).as(mapped.getMessage() + " / " + expected.getMessage()).isEqualTo(expected.getLine());
    assertThat(mapped.getColumn()).as(mapped.getMessage() + " / " + expected.getMessage())
        .isEqualTo(expected.getColumn());
    assertThat(mapped.getOriginalMessage()).contains(expected.getCode(), "'" + expected.getPointer() + "'");
    if (mapped.getCause() instanceof RcpJsonException) {
      assertThat(mapped.getDetail()).isEqualTo(expected.getDetail());
    }
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void aBadDocumentFailsFromTextWithRcpJsonsCodePointerLineAndColumn(String text) {
    RcpJsonException expected = catchThrowableOfType(RcpJsonException.class, () -> rcp.read(text));
    assertThat(expected).as("rcp-json rejects it").isNotNull();

    assertSameError(catchThrowableOfType(RcpJsonMappingException.class, () -> mapper.readValue(text, Document.class)),
        expected);
    assertSameError(catchThrowableOfType(RcpJsonMappingException.class,
        () -> mapper.readValue(new StringReader(text), Document.class)), expected);
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void aBadDocumentFailsFromBytesWithRcpJsonsCodePointerLineAndByteColumn(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    RcpJsonException expected = catchThrowableOfType(RcpJsonException.class,
        () -> rcp.read(new ByteArrayInputStream(bytes)));
    assertThat(expected).as("rcp-json rejects it").isNotNull();

    assertSameError(catchThrowableOfType(RcpJsonMappingException.class, () -> mapper.readValue(bytes, Document.class)),
        expected);
    assertSameError(catchThrowableOfType(RcpJsonMappingException.class,
        () -> mapper.readValue(new ByteArrayInputStream(bytes), Document.class)), expected);
  }

  @Test
  void theValidDocumentAndTheAlmatyDocumentReadAsRcpJsonReadsThem() throws Exception {
    assertThat(mapper.readValue(VALID, Document.class)).isEqualTo(rcp.read(VALID).document());
    byte[] almaty = Fixtures.almaty();
    Document expected = rcp.read(new ByteArrayInputStream(almaty)).document();
    assertThat(mapper.readValue(almaty, Document.class)).isEqualTo(expected);
    assertThat(mapper.readValue(almaty, ImmutableDocument.class)).isEqualTo(expected);
    assertThat(mapper.readValue(mapper.writeValueAsBytes(expected), Document.class)).isEqualTo(expected);
  }

  @Test
  void aMapperThatIgnoresUnknownPropertiesReadsLeniently() throws Exception {
    String text = replace(VALID, "\"kind\": \"RCP\",", "\"kind\": \"RCP\", \"colour\": {\"deep\": [1, 2]},");
    ObjectMapper lenient = JsonMapper.builder().findAndAddModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(lenient.readValue(text, Document.class)).isEqualTo(rcp.read(VALID).document());
    assertThat(catchThrowableOfType(RcpJsonMappingException.class, () -> mapper.readValue(text, Document.class))
        .getCode()).isEqualTo(Codes.FIELD_UNKNOWN);
  }

  /** A service's own request type, holding a document. */
  record Envelope(String requestId, List<Document> documents) {}

  @Test
  void aDocumentInsideAnotherValueFailsAtItsPointerAndPositionInTheWholeInput() {
    String bad = replace(VALID, "\"established\": \"2013\"", "\"established\": \"2013-13\"");
    String text = "{\"requestId\": \"r1\",\n \"documents\": [" + VALID + ",\n" + bad + "]}";
    RcpJsonMappingException e = catchThrowableOfType(RcpJsonMappingException.class,
        () -> mapper.readValue(text, Envelope.class));

    assertThat(e).isNotNull();
    assertThat(e.getCode()).isEqualTo(Codes.DATE_INVALID);
    assertThat(e.getPointer()).isEqualTo("/documents/1/processes/0/established");
    int at = text.indexOf("\"2013-13\"");
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    assertThat(e.getLine()).isEqualTo(line);
    assertThat(e.getColumn()).isEqualTo(at - text.lastIndexOf('\n', at));
  }

  @Test
  void aDocumentInsideAnotherValueReadsAsRcpJsonReadsIt() throws Exception {
    String text = "{\"requestId\": \"r1\", \"documents\": [" + VALID + "]}";
    Envelope envelope = mapper.readValue(text, Envelope.class);
    assertThat(envelope.requestId()).isEqualTo("r1");
    assertThat(envelope.documents()).containsExactly(rcp.read(VALID).document());
  }

  @Test
  void aDocumentFromATreeIsReadThroughRcpJsonToo() throws Exception {
    var tree = mapper.readTree(VALID);
    assertThat(mapper.treeToValue(tree, Document.class)).isEqualTo(rcp.read(VALID).document());
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("processes").get(0)).put("kind", "rcp");
    RcpJsonMappingException e = catchThrowableOfType(RcpJsonMappingException.class,
        () -> mapper.treeToValue(tree, Document.class));
    assertThat(e.getCode()).isEqualTo(Codes.FIELD_INVALID);
    assertThat(e.getPointer()).isEqualTo("/processes/0/kind");
  }

  @Test
  void anInvalidDateOnItsOwnFailsWithTheDateCode() {
    RcpJsonMappingException e = catchThrowableOfType(RcpJsonMappingException.class,
        () -> mapper.readValue("{\"asOf\": \"2013-13\"}", DatedRequest.class));
    assertThat(e.getCode()).isEqualTo(Codes.DATE_INVALID);
    assertThat(e.getPointer()).isEqualTo("/asOf");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(10);
  }

  /** A service's request type with a date. */
  record DatedRequest(org.rcpmodel.time.PartialDate asOf) {}

  @Test
  void partialDatesAndPeriodsAreReadFromTheirText() throws Exception {
    assertThat(mapper.readValue("{\"asOf\": \"2013-06\"}", DatedRequest.class).asOf())
        .isEqualTo(org.rcpmodel.time.PartialDate.parse("2013-06"));
    assertThat(mapper.readValue("\"2013-06/..\"", org.rcpmodel.time.Period.class))
        .isEqualTo(org.rcpmodel.time.Period.parse("2013-06/.."));
  }
}
