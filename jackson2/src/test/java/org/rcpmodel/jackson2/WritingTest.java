package org.rcpmodel.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJson.Layout;

/** A Jackson 2 mapper with the module writes a document as exactly the bytes rcp-json writes. */
class WritingTest {

  private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
  private final RcpJson rcp = RcpJson.strict();
  private final Document almaty = rcp.read(new String(Fixtures.almaty(), StandardCharsets.UTF_8)).document();

  private static byte[] utf8(Document document, Layout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RcpJson.strict().write(document, layout, out);
    return out.toByteArray();
  }

  @Test
  void findAndAddModulesFindsTheModule() {
    assertThat(mapper.getRegisteredModuleIds()).contains(new RcpJackson2Module().getTypeId());
    assertThat(new RcpJackson2Module().getModuleName()).isEqualTo("rcp-jackson2");
    assertThat(new RcpJackson2Module().version().getArtifactId()).isEqualTo("rcp-jackson2");
  }

  @Test
  void theAlmatyDocumentIsWrittenAsTheSameTextAndBytesAsRcpJson() throws Exception {
    assertThat(mapper.writeValueAsString(almaty)).isEqualTo(rcp.write(almaty));
    assertThat(mapper.writeValueAsBytes(almaty)).isEqualTo(utf8(almaty, Layout.COMPACT));
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    mapper.writeValue(stream, almaty);
    assertThat(stream.toByteArray()).isEqualTo(utf8(almaty, Layout.COMPACT));
  }

  @Test
  void anIndentingMapperWritesAWholeDocumentAsRcpJsonsPrettyText() throws Exception {
    ObjectMapper indenting = JsonMapper.builder().findAndAddModules().enable(SerializationFeature.INDENT_OUTPUT).build();
    assertThat(indenting.writeValueAsString(almaty)).isEqualTo(rcp.writePretty(almaty));
    assertThat(indenting.writeValueAsBytes(almaty)).isEqualTo(utf8(almaty, Layout.PRETTY));
  }

  @Test
  void aDocumentInsideAnotherValueIsWrittenCompactInPlace() throws Exception {
    String expected = "{\"report\":\"ok\",\"documents\":[" + rcp.write(almaty) + "," + rcp.write(almaty) + "]}";
    Map<String, Object> envelope = new java.util.LinkedHashMap<>();
    envelope.put("report", "ok");
    envelope.put("documents", List.of(almaty, almaty));
    assertThat(mapper.writeValueAsString(envelope)).isEqualTo(expected);
    assertThat(new String(mapper.writeValueAsBytes(envelope), StandardCharsets.UTF_8)).isEqualTo(expected);
    // Still valid JSON, and read back through the module.
    assertThat(mapper.readTree(expected).get("documents").size()).isEqualTo(2);
  }

  @Test
  void anyTextIsWrittenAsTheSameBytesAndReadBackAsTheSameDocument() {
    // Every UTF-16 unit, lone surrogates and control characters included: the UTF-8 output takes
    // rcp-json's bytes (which escape a lone surrogate), the text output rcp-json's text.
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 12),
            strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 12))
        .checkAssert((title, name) -> {
          Document document = rcp.read(Fixtures.VALID).document();
          Document changed = Document.builder().from(document).title(title + "x").build();
          try {
            byte[] bytes = mapper.writeValueAsBytes(changed);
            assertThat(bytes).isEqualTo(utf8(changed, Layout.COMPACT));
            assertThat(mapper.writeValueAsString(changed)).isEqualTo(rcp.write(changed));
            assertThat(mapper.readValue(bytes, Document.class)).isEqualTo(rcp.read(new java.io.ByteArrayInputStream(bytes)).document());
            assertThat(mapper.readValue(bytes, Document.class).getTitle()).hasValue(title + "x");
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void aDocumentConvertedThroughTheMappersTokenBufferStaysTheSame() throws Exception {
    // convertValue and valueToTree hold the written document as a raw value, not as JSON text.
    assertThat(mapper.convertValue(almaty, Document.class)).isEqualTo(almaty);
    var tree = mapper.valueToTree(almaty);
    assertThat(mapper.writeValueAsString(tree)).isEqualTo(rcp.write(almaty));
    assertThat(mapper.treeToValue(tree, Document.class)).isEqualTo(almaty);
  }

  @Test
  void partialDatesAndPeriodsAreWrittenAsTheirText() throws Exception {
    var chair = almaty.getProcesses().get(0).getChairs().get(0);
    assertThat(mapper.writeValueAsString(chair.getPeriod())).isEqualTo("\"" + chair.getPeriod() + "\"");
    assertThat(mapper.writeValueAsString(almaty.getProcesses().get(0).getEstablished().get()))
        .isEqualTo("\"" + almaty.getProcesses().get(0).getEstablished().get() + "\"");
  }
}
