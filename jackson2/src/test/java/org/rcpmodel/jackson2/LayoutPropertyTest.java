package org.rcpmodel.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;

/**
 * Against the reference, rcp-json reading the input itself: whatever the layout (spaces, tabs, line
 * ends of either kind, non-ASCII text) and wherever a document is broken, a Jackson 2 mapper with the
 * module fails with the same code, pointer, line and column, from text and from bytes, or reads the
 * same document.
 */
class LayoutPropertyTest {

  private static final String[] SPACES = {"", " ", "\t", "\n", "\r\n", "  ", "\n    "};
  private static final String[] BREAKS = {
      "", "\"kind\":\"rcp\"", "\"colour\":1,", "\"established\":\"2013-13\"", "\"id\":\"x\",\"id\":\"y\"",
      "tru", "}", ",", "\"\u00e9\u0416\u4e2d\ud83d\ude00\":", "[", "\"period\":null"};

  private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
  private final RcpJson rcp = RcpJson.strict();

  /** The compact text with the chosen whitespace after each structural character outside strings. */
  static String layout(String compact, List<Integer> choices) {
    StringBuilder sb = new StringBuilder();
    boolean inString = false;
    int k = 0;
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      sb.append(c);
      if (inString) {
        if (c == '\\') {
          sb.append(compact.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if ("{[,:".indexOf(c) >= 0 && !choices.isEmpty()) {
        sb.append(SPACES[choices.get(k++ % choices.size()) % SPACES.length]);
      }
    }
    return sb.toString();
  }

  @Test
  void anyLayoutAndAnyBreakFailsAsRcpJsonFailsOrReadsAsItReads() {
    String compact = rcp.write(rcp.read(Fixtures.VALID).document());
    qt().withExamples(400)
        .forAll(lists().of(integers().between(0, SPACES.length - 1)).ofSizeBetween(0, 12),
            integers().between(0, BREAKS.length - 1), integers().between(0, 1000))
        .checkAssert((choices, breakIndex, at) -> {
          String laid = layout(compact, choices);
          // The break goes in after a comma or an opening brace, outside strings, at a position chosen by 'at'.
          int position = structuralPosition(laid, at);
          String text = laid.substring(0, position) + BREAKS[breakIndex] + laid.substring(position);
          compare(text, text);
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          compareBytes(bytes);
        });
  }

  private static int structuralPosition(String text, int at) {
    List<Integer> positions = new java.util.ArrayList<>();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == ',') {
        positions.add(i + 1);
      }
    }
    return positions.get(at % positions.size());
  }

  private void compare(String text, String label) {
    RcpJsonException expected = null;
    Object document = null;
    try {
      document = rcp.read(text).document();
    } catch (RcpJsonException e) {
      expected = e;
    }
    try {
      Object read = mapper.readValue(text, org.rcpmodel.Document.class);
      assertThat(expected).as("mapper read what rcp-json rejects: %s", label).isNull();
      assertThat(read).isEqualTo(document);
    } catch (RcpJsonMappingException e) {
      assertSame(e, expected, label);
    } catch (java.io.IOException e) {
      throw new AssertionError("not an RcpJsonMappingException for " + label, e);
    }
  }

  private void compareBytes(byte[] bytes) {
    String label = new String(bytes, StandardCharsets.UTF_8);
    RcpJsonException expected = null;
    Object document = null;
    try {
      document = rcp.read(new ByteArrayInputStream(bytes)).document();
    } catch (RcpJsonException e) {
      expected = e;
    }
    try {
      Object read = mapper.readValue(bytes, org.rcpmodel.Document.class);
      assertThat(expected).as("mapper read what rcp-json rejects: %s", label).isNull();
      assertThat(read).isEqualTo(document);
    } catch (RcpJsonMappingException e) {
      assertSame(e, expected, label);
    } catch (java.io.IOException e) {
      throw new AssertionError("not an RcpJsonMappingException for " + label, e);
    }
  }

  private static void assertSame(RcpJsonMappingException mapped, RcpJsonException expected, String label) {
    assertThat(expected).as("rcp-json read what the mapper rejects (%s): %s", mapped.getMessage(), label).isNotNull();
    assertThat(List.of(mapped.getCode(), mapped.getPointer(), mapped.getLine(), mapped.getColumn()))
        .as("%s%nvs %s%nfor %s", mapped.getOriginalMessage(), expected.getMessage(), label)
        .isEqualTo(List.of(expected.getCode(), expected.getPointer(), expected.getLine(), expected.getColumn()));
  }
}
